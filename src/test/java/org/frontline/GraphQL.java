package org.frontline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Posts GraphQL requests to the running application over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** The whole response of a query that must succeed: status 200 and no errors. */
    public static JsonPath data(String query) {
        return data(query, "{}");
    }

    public static JsonPath data(String query, String variablesJson) {
        return given().contentType(ContentType.JSON).body(body(query, variablesJson))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
    }

    /** The whole response of a query, errors and all; the HTTP status must still be 200. */
    public static JsonPath response(String query) {
        return response(query, "{}", null);
    }

    /** The whole response of a request sent with a bearer token (null for none). */
    public static JsonPath response(String query, String variablesJson, String token) {
        var request = given().contentType(ContentType.JSON).body(body(query, variablesJson));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** The data of a request with a bearer token that must succeed. */
    public static JsonPath data(String query, String variablesJson, String token) {
        JsonPath json = response(query, variablesJson, token);
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + json.prettify());
        }
        return json;
    }

    public static String body(String query, String variablesJson) {
        JsonObject variables = Json.createReader(new StringReader(variablesJson)).readObject();
        return Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
    }
}
