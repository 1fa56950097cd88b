package org.frontline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Posts GraphQL requests to the running application over HTTP, as any client would; one that asks
 * for application/json, so that a refused request is answered 200 with its errors, as older clients
 * expect (GraphQLOverHttpTest covers application/graphql-response+json and its status codes).
 */
public final class GraphQL {

    private GraphQL() {
    }

    /** The whole response of a query that must succeed: status 200 and no errors. */
    public static JsonPath data(String query) {
        return data(query, "{}");
    }

    public static JsonPath data(String query, String variablesJson) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body(query, variablesJson))
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
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body(query, variablesJson));
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

    /** A JSON list of {@code times} copies of {@code item}: an input at or past a list's bound. */
    public static String jsonList(int times, String item) {
        return "[" + String.join(", ", Collections.nCopies(times, item)) + "]";
    }

    /** The code of each violation a VALIDATION_FAILED answer lists, by path, in the answer's order. */
    public static Map<String, String> violationCodes(JsonPath answer) {
        Map<String, String> codes = new LinkedHashMap<>();
        List<Map<String, String>> violations = answer.getList("errors[0].extensions.violations");
        if (violations != null) {
            violations.forEach(violation -> codes.put(violation.get("path"), violation.get("code")));
        }
        return codes;
    }

    public static String body(String query, String variablesJson) {
        JsonObject variables = Json.createReader(new StringReader(variablesJson)).readObject();
        return Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
    }
}
