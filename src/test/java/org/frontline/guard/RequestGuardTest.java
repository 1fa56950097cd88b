package org.frontline.guard;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What reaches GraphQL at all: a GraphQL request by POST (JSON or application/graphql) or GET, one
 * operation, within the size limit; anything else is told apart with 400, 405 or 413 and a code.
 */
@QuarkusTest
class RequestGuardTest {

    private static final String DONETSK = "{ regions(filter: {name: \"Donetsk\"}) { edges { node { name } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aQueryByGet() {
        JsonPath json = get("query=" + encode(DONETSK)).then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"));
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
    }

    @Test
    void aGetQueryArrivesAsSent() {
        // "%" and "+" are decoded once: a second decoding would fail on "%" and turn "+" into a space.
        String id = "50% + 1+1 %2B";
        JsonPath json = get("query=" + encode("{ strike(id: \"" + id + "\") { id } }")).then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_ID", json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), containsString("'" + id + "' is not a valid id"));
    }

    @Test
    void aGetWithVariablesAndOperationName() {
        String query = "query Other { __typename } query Named($name: String) { regions(filter: {name: $name}) { edges { node { name } } } }";
        JsonPath json = get("query=" + encode(query) + "&operationName=Named&variables=" + encode("{\"name\": \"Donetsk\"}"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
    }

    @Test
    void aMutationByGetIsRefused() {
        Response response = get("query=" + encode("mutation { createSource(input: {title: \"x\", kind: OTHER}) { id } }"));
        refused(response, 405, "BAD_REQUEST", "Mutations are sent by POST");
        assertEquals("POST", response.getHeader("Allow"));
    }

    @Test
    void aGetIsAnsweredWithCorsHeaders() {
        // The GET goes on as a POST by a reroute, which starts the response's headers afresh.
        given().urlEncodingEnabled(false).header("Origin", "https://newsroom.example")
                .get("/graphql?query=" + encode(DONETSK))
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://newsroom.example");
    }

    @Test
    void aBodyOfTypeApplicationGraphql() {
        // A comment ends at its line break, which SmallRye alone would turn into a space.
        JsonPath json = given().contentType("application/graphql").body(("# Donetsk, as held\n" + DONETSK).getBytes(UTF_8))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"));
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
    }

    @Test
    void nullsStandForAbsentFields() {
        JsonPath json = post("{\"query\": " + quoted(DONETSK) + ", \"operationName\": null, \"variables\": null, \"extensions\": null}")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
    }

    @Test
    void fieldsOfTheWrongJsonType() {
        String query = "\"query\": " + quoted(DONETSK);
        refused(post("{" + query + ", \"variables\": []}"), 400, "BAD_REQUEST", "'variables' must be a JSON object of values by variable name, not an array");
        refused(post("{" + query + ", \"variables\": \"{}\"}"), 400, "BAD_REQUEST", "'variables' must be a JSON object of values by variable name, not a string");
        refused(post("{" + query + ", \"variables\": 3}"), 400, "BAD_REQUEST", "not a number");
        refused(post("{" + query + ", \"operationName\": 1}"), 400, "BAD_REQUEST", "'operationName' must be a string, not a number");
        refused(post("{" + query + ", \"extensions\": []}"), 400, "BAD_REQUEST", "'extensions' must be a JSON object, not an array");
        refused(post("{" + query + ", \"extensions\": true}"), 400, "BAD_REQUEST", "not a boolean");
        refused(post("{\"query\": {\"text\": \"{ __typename }\"}}"), 400, "BAD_REQUEST", "'query' must be a string, not an object");
    }

    @Test
    void aBodyThatIsNotOneGraphQLRequest() {
        refused(post("{\"query\": \"{ __typename }\""), 400, "BAD_REQUEST", "The body is not valid JSON (line 1");
        refused(post("{\"query\": \"{ __typename }\"} trailing"), 400, "BAD_REQUEST", "The body is not valid JSON");
        refused(post("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]"), 400, "BAD_REQUEST",
                "Batches are not accepted: send one operation per request");
        refused(post(""), 400, "BAD_REQUEST", "The body is empty");
        refused(post("\"{ __typename }\""), 400, "BAD_REQUEST", "The body must be a JSON object");
        refused(post("{\"variables\": {}}"), 400, "BAD_REQUEST", "The request has no query");
        refused(post("{\"query\": null}"), 400, "BAD_REQUEST", "The request has no query");
        refused(given().contentType("application/graphql").body(new byte[0]).post("/graphql"), 400, "BAD_REQUEST", "The body is empty");
        // As bytes: handed a String, REST Assured took 4 to 10 s of its own over this one before sending it.
        refused(given().contentType("application/json").accept("application/json").body("[".repeat(30_000).getBytes(UTF_8))
                .post("/graphql"), 400, "BAD_REQUEST", "The body is not valid JSON");
    }

    @Test
    void aGetThatIsNotOneGraphQLRequest() {
        refused(get(""), 400, "BAD_REQUEST", "The request has no query");
        refused(get("query=" + encode(DONETSK) + "&variables=" + encode("[1]")), 400, "BAD_REQUEST", "'variables' must be a JSON object");
        refused(get("query=" + encode(DONETSK) + "&variables=" + encode("{name:")), 400, "BAD_REQUEST", "The 'variables' parameter is not valid JSON");
        refused(get("query=" + encode(DONETSK) + "&extensions=" + encode("\"x\"")), 400, "BAD_REQUEST", "'extensions' must be a JSON object");
        refused(get("query=" + encode(DONETSK) + "&query=" + encode("{ __typename }")), 400, "BAD_REQUEST", "The 'query' parameter is given 2 times");
        // No HTTP client sends a malformed escape, so these are written by hand; Vert.x refuses them.
        for (String malformed : new String[] { "%zz", "%2", "%" }) {
            String response = raw("GET /graphql?query=" + malformed + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response, startsWith("HTTP/1.1 400"));
        }
    }

    private String raw(String request) {
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.getOutputStream().write(request.getBytes(UTF_8));
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBodyOverTheLimit() {
        String body = "{\"query\": " + quoted("{ __typename " + "#".repeat(70_000) + "\n}") + "}";
        Response response = post(body);
        refused(response, 413, "TOO_LARGE", "larger than the 65536 bytes");
        assertEquals(65536, response.jsonPath().getInt("errors[0].extensions.limit"));
        assertEquals(body.getBytes(UTF_8).length, response.jsonPath().getInt("errors[0].extensions.actual"));
    }

    @Test
    void aStreamedBodyOverTheLimit() throws Exception {
        byte[] body = ("{\"query\": \"{ __typename " + "#".repeat(200_000) + "\"}").getBytes(UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        JsonPath json = new JsonPath(response.body());
        assertEquals("TOO_LARGE", json.getString("errors[0].extensions.code"));
        assertEquals(65536, json.getInt("errors[0].extensions.limit"));
        assertNull(json.get("errors[0].extensions.actual"));
    }

    @Test
    void theDeadlineRunsWhereSmallRyeIsHandedTheRequest() {
        for (Response response : new Response[] {
                given().header(DeadlineProbe.ASK, "1").contentType("application/json").body("{\"query\": " + quoted(DONETSK) + "}").post("/graphql"),
                given().header(DeadlineProbe.ASK, "1").contentType("application/graphql").body(DONETSK.getBytes(UTF_8)).post("/graphql"),
                given().header(DeadlineProbe.ASK, "1").urlEncodingEnabled(false).get("/graphql?query=" + encode(DONETSK)) }) {
            assertEquals(200, response.statusCode());
            String left = response.getHeader(DeadlineProbe.LEFT);
            assertNotEquals("none", left);
            long allowed = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("frontline.limits.deadline", java.time.Duration.class).toMillis();
            assertTrue(Long.parseLong(left) > 0 && Long.parseLong(left) <= allowed, left + " of " + allowed + " ms");
        }
    }

    @Test
    void aPreflightIsLeftToCors() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().statusCode(200).header("Access-Control-Allow-Origin", "https://newsroom.example");
    }

    /** A POST from a client that asks for application/json (a refusal is then 200 unless HTTP has a status for it). */
    static Response post(String body) {
        return given().contentType("application/json").accept("application/json").body(body).post("/graphql");
    }

    /** A GET whose query string is sent as written (the caller encodes each value), asking for application/json. */
    static Response get(String queryString) {
        return given().accept("application/json").urlEncodingEnabled(false).get("/graphql" + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    /** The response is the refusal described, and tells nothing of the service's insides. */
    static void refused(Response response, int status, String code, String message) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        JsonPath json = response.jsonPath();
        assertEquals(code, json.getString("errors[0].extensions.code"), body);
        assertThat(json.getString("errors[0].message"), containsString(message));
        for (String internal : new String[] { "Exception", "java.", "\tat ", "io.vertx", "io.quarkus", "io.smallrye", "org.frontline", "org.eclipse" }) {
            assertThat(body, not(containsString(internal)));
        }
    }
}
