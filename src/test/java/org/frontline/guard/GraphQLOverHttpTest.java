package org.frontline.guard;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.frontline.guard.RequestGuardTest.encode;
import static org.frontline.guard.RequestGuardTest.quoted;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The GraphQL-over-HTTP draft, rule by rule, as client libraries rely on it: which media type the
 * answer comes in, which status a refused request gets under each, what a request must look like,
 * and that every error carries a code and no Java.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String QUERY = "{ regions(filter: {name: \"Donetsk\"}) { edges { node { name } } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aPostWithJsonIsAnsweredInTheTypeTheClientAccepts() {
        for (String accept : new String[] { GRAPHQL_RESPONSE, "application/json", GRAPHQL_RESPONSE + ", application/json;q=0.9" }) {
            Response response = post(accept, "{\"query\": " + quoted(QUERY) + "}");
            assertEquals(200, response.statusCode());
            assertThat(response.contentType(), startsWith(accept.split(",")[0]));
            assertEquals("Donetsk Oblast", response.jsonPath().getString("data.regions.edges[0].node.name"));
        }
        // The draft's default since 2025, for no Accept header and for */*.
        assertThat(given().contentType("application/json").body("{\"query\": " + quoted(QUERY) + "}").post("/graphql").contentType(),
                startsWith(GRAPHQL_RESPONSE));
        assertThat(post("*/*", "{\"query\": " + quoted(QUERY) + "}").contentType(), startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void anAcceptHeaderThatAllowsNoJsonIsNotAcceptable() {
        Response response = post("text/html", "{\"query\": " + quoted(QUERY) + "}");
        assertEquals(406, response.statusCode());
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void aRequestThatWasNotRunIs400UnderGraphQLResponseJsonAnd200UnderJson() {
        Map<String, String> notRun = Map.of(
                "{\"query\": \"{ regions(\"}", "PARSE_FAILED",
                "{\"query\": \"{ nope }\"}", "INVALID_OPERATION",
                "{\"query\": \"{ strikes(first: \\\"ten\\\") { totalCount } }\"}", "BAD_ARGUMENT",
                "{\"query\": \"query($n: Int) { strikes(first: $n) { totalCount } }\", \"variables\": {\"n\": \"ten\"}}", "BAD_VARIABLE",
                "{\"query\": \"{ strikes(first: 100) { edges { node { sources(first: 100) { source { citations(first: 100) { quote } } } } } } }\"}",
                "TOO_COSTLY",
                // Subscriptions run over WebSocket only.
                "{\"query\": \"subscription { strikeEvents { kind } }\"}", "BAD_REQUEST");
        notRun.forEach((body, code) -> {
            Response strict = post(GRAPHQL_RESPONSE, body);
            assertEquals(400, strict.statusCode(), body + " " + strict.asString());
            assertEquals(code, strict.jsonPath().getString("errors[0].extensions.code"), body);
            assertNull(strict.jsonPath().get("data"), body);
            Response legacy = post("application/json", body);
            assertEquals(200, legacy.statusCode(), body);
            assertThat(legacy.contentType(), startsWith("application/json"));
            assertEquals(code, legacy.jsonPath().getString("errors[0].extensions.code"), body);
        });
    }

    @Test
    void aRequestThatRanIs200WithItsErrorsBesideItsData() {
        // The date range is checked by the resolver: the operation ran, so 200 under both types.
        String body = "{\"query\": \"{ strikes(filter: {from: \\\"2022-10-01\\\", to: \\\"2022-09-01\\\"}) { totalCount } actors(first: 1) { id } }\"}";
        for (String accept : new String[] { GRAPHQL_RESPONSE, "application/json" }) {
            Response response = post(accept, body);
            assertEquals(200, response.statusCode(), accept);
            JsonPath json = response.jsonPath();
            assertEquals("BAD_ARGUMENT", json.getString("errors[0].extensions.code"));
            assertNotNull(json.get("data.actors[0].id"));
        }
    }

    @Test
    void aBodyMustBeJsonSaidSo() throws Exception {
        String body = "{\"query\": " + quoted(QUERY) + "}";
        // Read as JSON anyway, these would let any web page post a query without a CORS preflight.
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "" }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofString(body));
            // Java's HTTP client sends no Content-Type unless told to.
            HttpResponse<String> response = HttpClient.newHttpClient().send(type.isEmpty() ? request.build()
                    : request.header("Content-Type", type).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, response.statusCode(), type);
            assertThat(response.body(), containsString("\"code\":\"BAD_REQUEST\""));
            assertThat(response.body(), containsString(type.isEmpty() ? "The request has no Content-Type" : "send the body as application/json"));
        }
        HttpResponse<String> unknownCharset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json; charset=klingon").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, unknownCharset.statusCode());
        assertThat(unknownCharset.body(), containsString("The charset klingon is not one this API reads"));
    }

    @Test
    void aContentTypeTheBrowserJoinedTwiceIsReadButTwoTypesAreNot() throws Exception {
        // What the playground sends: its fetcher and SmallRye's default headers both set it.
        String body = "{\"query\": " + quoted(QUERY) + "}";
        Map<String, Integer> expected = Map.of("application/json, application/json", 200, "application/json, text/plain", 415);
        for (Map.Entry<String, Integer> type : expected.entrySet()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                    .header("Content-Type", type.getKey()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(type.getValue(), response.statusCode(), type.getKey() + ": " + response.body());
        }
    }

    @Test
    void aBodyInAnotherCharsetIsReadInIt() {
        // An id with a Latin-1 letter: refused, and the refusal quotes it as sent (not as broken UTF-8).
        byte[] latin1 = ("{\"query\": " + quoted("{ strike(id: \"é1\") { id } }") + "}").getBytes(ISO_8859_1);
        JsonPath json = given().contentType("application/json; charset=ISO-8859-1").accept("application/json").body(latin1)
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_ID", json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), containsString("'é1'"));
    }

    @Test
    void membersOfTheWrongJsonTypeAndBatchesAre400WhateverTheClientAccepts() {
        String query = "\"query\": " + quoted(QUERY);
        for (String accept : new String[] { GRAPHQL_RESPONSE, "application/json" }) {
            for (String body : new String[] { "{" + query + ", \"variables\": []}", "{" + query + ", \"variables\": \"{}\"}",
                    "{" + query + ", \"variables\": 1}", "{" + query + ", \"extensions\": []}", "{" + query + ", \"operationName\": 1}",
                    "{\"query\": 1}", "[{" + query + "}, {" + query + "}]" }) {
                Response response = post(accept, body);
                assertEquals(400, response.statusCode(), body);
                assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"), body);
            }
        }
        assertThat(post("application/json", "[{" + query + "}]").jsonPath().getString("errors[0].message"),
                containsString("Batches are not accepted: send one operation per request"));
    }

    @Test
    void getIsForQueriesOnly() {
        Response query = given().accept(GRAPHQL_RESPONSE).urlEncodingEnabled(false).get("/graphql?query=" + encode(QUERY));
        assertEquals(200, query.statusCode());
        assertEquals("Donetsk Oblast", query.jsonPath().getString("data.regions.edges[0].node.name"));
        Response mutation = given().accept(GRAPHQL_RESPONSE).urlEncodingEnabled(false)
                .get("/graphql?query=" + encode("mutation { retireStrike(id: \"1\", reason: \"x\") { id } }"));
        assertEquals(405, mutation.statusCode());
        assertEquals("POST", mutation.header("Allow"));
    }

    @Test
    void everyErrorOfTheChecksSaysWhatWasWrongInGraphQLsWords() {
        Map<String, String> expected = Map.of(
                "{ strikes(filter: {from: \"2022-13-45\"}) { totalCount } }",
                "strikes: filter.from is a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30), not \"2022-13-45\".",
                "{ strikes(filter: {from: \"2022-02-30\"}) { totalCount } }",
                "strikes: filter.from is a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30), not \"2022-02-30\".",
                "{ strikes(first: 2147483648) { totalCount } }",
                "first is an Int (a whole number from -2147483648 to 2147483647), not 2147483648.",
                "{ actors(first: null) { id } }",
                "actors: first has a default, and null was given: leave it out to use the default.",
                "{ strikes(filter: {weaponKind: LASER}) { totalCount } }",
                "strikes: filter.weaponKind is one of AIR_STRIKE, ARTILLERY, DRONE, MISSILE, ROCKET, SHELLING, UNKNOWN, not LASER.",
                "{ strikes(filter: {colour: \"red\"}) { totalCount } }",
                "strikes: filter has no field 'colour': a StrikeFilter has region, from, to, weaponKind, weapon, attributedTo, "
                        + "attributionStatus, minKilled, within, includeRetired.",
                "{ strikez { totalCount } }", "Field 'strikez' in type 'Query' is undefined");
        expected.forEach((query, message) -> {
            JsonPath json = post("application/json", "{\"query\": " + quoted(query) + "}").jsonPath();
            assertEquals(message, json.getString("errors[0].message"), query);
            assertNotNull(json.getString("errors[0].extensions.code"), query);
            assertNotNull(json.get("errors[0].locations"), query);
            assertFalse(json.prettify().contains("classification"), query);
        });
    }

    @Test
    void everyFaultOfADocumentIsToldAtOnce() {
        JsonPath json = post("application/json", "{\"query\": " + quoted("{ nope strikes(first: \"x\") { totalCount nada } }") + "}").jsonPath();
        List<String> codes = json.getList("errors.extensions.code");
        assertEquals(List.of("INVALID_OPERATION", "INVALID_OPERATION", "BAD_ARGUMENT"), codes, json.prettify());
    }

    @Test
    void variablesAreCheckedAgainstTheirTypes() {
        String query = "query($f: StrikeFilter, $n: Int!) { strikes(filter: $f, first: $n) { totalCount } }";
        Map<String, String> expected = Map.of(
                "{\"f\": {\"from\": \"2022-02-30\"}, \"n\": 1}",
                "$f.from is a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30), not \"2022-02-30\".",
                "{\"f\": {\"from\": 20220930}, \"n\": 1}",
                "$f.from is a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30), not 20220930.",
                "{\"f\": {\"minKilled\": 1.5}, \"n\": 1}",
                "$f.minKilled is an Int (a whole number from -2147483648 to 2147483647), not 1.5.",
                "{\"f\": {\"nope\": 1}, \"n\": 1}",
                "$f has no field 'nope': a StrikeFilter has region, from, to, weaponKind, weapon, attributedTo, attributionStatus, "
                        + "minKilled, within, includeRetired.",
                "{\"f\": null}", "$n is required (Int!), and was not sent in variables.",
                "{\"n\": null}", "$n is required, and null was given.");
        expected.forEach((variables, message) -> {
            Response response = post(GRAPHQL_RESPONSE, "{\"query\": " + quoted(query) + ", \"variables\": " + variables + "}");
            assertEquals(400, response.statusCode(), variables);
            JsonPath json = response.jsonPath();
            assertEquals("BAD_VARIABLE", json.getString("errors[0].extensions.code"), variables);
            assertEquals(message, json.getString("errors[0].message"), variables);
            assertThat(response.asString(), not(containsString("BigDecimal")));
        });
        JsonPath fine = post("application/json", "{\"query\": " + quoted(query)
                + ", \"variables\": {\"f\": {\"from\": \"2022-09-30\", \"weaponKind\": \"MISSILE\"}, \"n\": 5}}").jsonPath();
        assertNull(fine.get("errors"));
        // Of the seed's four strikes, all on 30 September 2022, one was by missile.
        assertEquals(1, fine.getInt("data.strikes.totalCount"));
    }

    private static Response post(String accept, String body) {
        RequestSpecification request = given().contentType("application/json").body(body);
        return (accept == null ? request : request.accept(accept)).post("/graphql");
    }
}
