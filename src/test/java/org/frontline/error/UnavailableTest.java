package org.frontline.error;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.body;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.frontline.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A database out of reach is the service's trouble, not the request's: reads and writes answer
 * UNAVAILABLE with a Retry-After, never a 5xx or INTERNAL, and the response names no Java or SQL.
 * The application of this test is pointed at a port where no PostgreSQL listens (rather than
 * stopping the shared one, which every other test and user of the machine needs).
 */
@QuarkusTest
@TestProfile(UnavailableTest.NoDatabase.class)
class UnavailableTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) has no listener here: every connection is refused at once.
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/frontline",
                    "quarkus.flyway.migrate-at-start", "false");
        }
    }

    @Test
    void aReadAnswersUnavailableWithRetryAfter() {
        for (String accept : new String[] { "application/json", "application/graphql-response+json" }) {
            Response response = given().contentType("application/json").accept(accept)
                    .body(body("{ strikes(first: 5) { edges { node { id } } } }", "{}")).post("/graphql");
            assertUnavailable(response);
        }
    }

    @Test
    void aWriteAnswersUnavailableWithRetryAfter() {
        Response response = given().contentType("application/json").accept("application/json")
                .header("Authorization", "Bearer " + Tokens.editor())
                .body(body("mutation { createSource(input: {title: \"t\", kind: ARTICLE}) { id } }", "{}")).post("/graphql");
        assertUnavailable(response);
    }

    private static void assertUnavailable(Response response) {
        String body = response.asString();
        assertEquals(200, response.statusCode(), body);
        assertEquals("UNAVAILABLE", response.jsonPath().getString("errors[0].extensions.code"), body);
        assertThat(response.jsonPath().getString("errors[0].message"), containsString("Try again in 5 seconds"));
        assertEquals("5", response.header("Retry-After"), body);
        for (String leak : new String[] { "Exception", "java.", "Connection refused", "127.0.0.1", "io.vertx" }) {
            assertThat(body, not(containsString(leak)));
        }
    }
}
