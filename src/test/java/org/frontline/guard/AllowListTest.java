package org.frontline.guard;

import static org.frontline.guard.PersistedQueryTest.extensions;
import static org.frontline.guard.PersistedQueryTest.sha256;
import static org.frontline.guard.RequestGuardTest.encode;
import static org.frontline.guard.RequestGuardTest.get;
import static org.frontline.guard.RequestGuardTest.post;
import static org.frontline.guard.RequestGuardTest.quoted;
import static org.frontline.guard.RequestGuardTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** With an allow-list, the registered documents run, sent whole or by hash, and nothing else does. */
@QuarkusTest
@TestProfile(AllowListTest.Registered.class)
class AllowListTest {

    private static final Path LIST = Path.of("src/test/resources/allow-list");

    public static class Registered implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.persisted-queries.allow-list", LIST.toString());
        }
    }

    @Test
    void aRegisteredOperationRunsSentWholeOrByHash() throws IOException {
        String donetsk = Files.readString(LIST.resolve("donetsk.graphql"));
        assertDonetsk(post("{\"query\": " + quoted(donetsk) + "}"));
        assertDonetsk(post("{\"extensions\": " + extensions(sha256(donetsk)) + "}"));
        assertDonetsk(post("{\"query\": " + quoted(donetsk) + ", \"extensions\": " + extensions(sha256(donetsk)) + "}"));
        assertDonetsk(get("extensions=" + encode(extensions(sha256(donetsk)))));
    }

    @Test
    void aDocumentOfSeveralOperationsRunsTheOneNamed() throws IOException {
        String dashboard = Files.readString(LIST.resolve("dashboard/strikes.graphql"));
        JsonPath json = post("{\"query\": " + quoted(dashboard) + ", \"operationName\": \"RegionByName\", \"variables\": {\"name\": \"Donetsk\"}}")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
        json = post("{\"extensions\": " + extensions(sha256(dashboard)) + ", \"operationName\": \"StrikeCount\"}")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"));
    }

    @Test
    void nothingElseRuns() throws IOException {
        String other = "{ strikes { totalCount } }";
        refused(post("{\"query\": " + quoted(other) + "}"), 200, "OPERATION_NOT_ALLOWED", "runs only the operations its operator registered");
        refused(get("query=" + encode(other)), 200, "OPERATION_NOT_ALLOWED", "runs only the operations");
        refused(post("{\"extensions\": " + extensions(sha256(other)) + "}"), 200, "OPERATION_NOT_ALLOWED", "runs only the operations");
        // Automatic persisted queries register nothing new: not then, not after.
        refused(post("{\"query\": " + quoted(other) + ", \"extensions\": " + extensions(sha256(other)) + "}"), 200,
                "OPERATION_NOT_ALLOWED", "runs only the operations");
        refused(post("{\"extensions\": " + extensions(sha256(other)) + "}"), 200, "OPERATION_NOT_ALLOWED", "runs only the operations");
        // The text must be the registered text: the hash is of its exact characters.
        String donetsk = Files.readString(LIST.resolve("donetsk.graphql"));
        refused(post("{\"query\": " + quoted(donetsk.strip()) + "}"), 200, "OPERATION_NOT_ALLOWED", "runs only the operations");
        // The playground's introspection too.
        refused(post("{\"query\": \"{ __schema { types { name } } }\"}"), 200, "OPERATION_NOT_ALLOWED", "runs only the operations");
    }

    private static void assertDonetsk(Response response) {
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), response.asString());
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
    }
}
