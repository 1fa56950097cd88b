package org.frontline;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Frontline as a JavaScript client sees it: the client suite in src/test/client (see its tests and
 * README, Clients) run with npm against the packaged application. It builds schema.graphql with
 * graphql-js, validates the README's operations, type-checks code written against the types
 * GraphQL Code Generator makes for them, and asks the README's questions with graphql-request.
 * It runs on the Node.js the build fetched for the map page, so the machine needs none.
 */
@QuarkusIntegrationTest
class ClientSuiteIT {

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void theSchemaAndTheReadmeHoldForAClient() throws Exception {
        NodeProject client = NodeProject.withBuildNode(Path.of("src", "test", "client"), "client");
        client.install();
        client.npm(Map.of("FRONTLINE_URL", graphql.toString()), "test");
    }
}
