package org.frontline.guard;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.frontline.guard.RequestGuardTest.encode;
import static org.frontline.guard.RequestGuardTest.post;
import static org.frontline.guard.RequestGuardTest.quoted;
import static org.frontline.guard.RequestGuardTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Apollo's automatic persisted queries, as its link sends them. */
@QuarkusTest
class PersistedQueryTest {

    @Test
    void theRoundTripApolloMakes() {
        String query = donetsk();
        String extensions = extensions(sha256(query));

        // The hash alone first: unknown, in the words Apollo's link looks for, with 200 as it expects.
        JsonPath unknown = post("{\"extensions\": " + extensions + "}").then().statusCode(200).extract().jsonPath();
        assertEquals("PersistedQueryNotFound", unknown.getString("errors[0].message"));
        assertEquals("PERSISTED_QUERY_NOT_FOUND", unknown.getString("errors[0].extensions.code"));

        // Then hash and query: run, and kept.
        assertDonetsk(post("{\"query\": " + quoted(query) + ", \"extensions\": " + extensions + "}"));
        // From now on the hash alone, by POST or by GET.
        assertDonetsk(post("{\"extensions\": " + extensions + "}"));
        assertDonetsk(given().urlEncodingEnabled(false).get("/graphql?extensions=" + encode(extensions)));
    }

    @Test
    void aHashIsReadInEitherCase() {
        String query = donetsk();
        assertDonetsk(post("{\"query\": " + quoted(query) + ", \"extensions\": " + extensions(sha256(query).toUpperCase()) + "}"));
        assertDonetsk(post("{\"extensions\": " + extensions(sha256(query)) + "}"));
    }

    @Test
    void aQueryThatDoesNotMatchItsHash() {
        String query = donetsk();
        Response response = post("{\"query\": " + quoted(query) + ", \"extensions\": " + extensions(sha256(query + " ")) + "}");
        refused(response, 200, "PERSISTED_QUERY_HASH_MISMATCH", "does not hash to extensions.persistedQuery.sha256Hash");
        // Nothing was kept under either hash.
        refused(post("{\"extensions\": " + extensions(sha256(query + " ")) + "}"), 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    }

    @Test
    void aQueryThatDoesNotParseIsNotKept() {
        String garbage = "{ " + alias() + ": regions(";
        String extensions = extensions(sha256(garbage));
        JsonPath refused = post("{\"query\": " + quoted(garbage) + ", \"extensions\": " + extensions + "}").jsonPath();
        assertNull(refused.get("data"));
        refused(post("{\"extensions\": " + extensions + "}"), 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    }

    @Test
    void persistedQueryExtensionsOfTheWrongShape() {
        String hash = sha256(donetsk());
        refused(post("{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \"" + hash + "\"}}}"), 400, "BAD_REQUEST",
                "extensions.persistedQuery.version 2 is not supported: this service speaks version 1");
        refused(post("{\"extensions\": {\"persistedQuery\": {\"sha256Hash\": \"" + hash + "\"}}}"), 400, "BAD_REQUEST",
                "extensions.persistedQuery.version is missing");
        refused(post("{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": 12}}}"), 400, "BAD_REQUEST",
                "sha256Hash must be a string");
        refused(post("{\"extensions\": {\"persistedQuery\": \"" + hash + "\"}}"), 400, "BAD_REQUEST",
                "extensions.persistedQuery must be an object");
    }

    /** A query no other test sends, so that each test starts with its hash unknown. */
    static String donetsk() {
        return "{ " + alias() + ": regions(filter: {name: \"Donetsk\"}) { edges { node { name } } } }";
    }

    static String alias() {
        return "q" + UUID.randomUUID().toString().replace("-", "");
    }

    static void assertDonetsk(Response response) {
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), response.asString());
        // The answer is under the query's alias, whatever it was.
        Object field = json.getMap("data").keySet().iterator().next();
        assertEquals("Donetsk Oblast", json.getString("data." + field + ".edges[0].node.name"));
    }

    static String extensions(String sha256Hash) {
        return "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + sha256Hash + "\"}}";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
