package org.frontline.ops;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.response;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What an orchestrator sees: the service is live as long as its process is, and ready only while
 * it can reach PostgreSQL. An outage of the database takes it out of the load balancer, not out of
 * existence, and it comes back by itself once the database does.
 */
@QuarkusTest
class HealthTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void liveReadyAndStartedAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessFollowsTheDatabaseDownAndBackUpWithoutARestart() {
        String database = applicationDatabase();
        try {
            // The application's database stops taking connections and loses the ones it has: from
            // the service's side, PostgreSQL has gone away.
            admin("alter database " + database + " allow_connections false");
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");

            awaitReadiness(503, "DOWN");
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            assertEquals("INTERNAL", response("{ strikes(first: 1) { totalCount } }").getString("errors[0].extensions.code"),
                    "a read during the outage fails cleanly");
        } finally {
            admin("alter database " + database + " allow_connections true");
        }
        awaitReadiness(200, "UP");
        assertEquals(4, response("{ strikes(first: 1) { totalCount } }").getInt("data.strikes.totalCount"),
                "reads work again on the same process");
    }

    private static void awaitReadiness(int status, String state) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            var ready = given().when().get("/q/health/ready");
            lastStatus = ready.statusCode();
            if (lastStatus == status && state.equals(ready.jsonPath().getString("status"))) {
                return;
            }
            sleep();
        }
        fail("readiness did not turn " + state + " (" + status + ") within " + PATIENCE + "; last status " + lastStatus);
    }

    /** The database the application under test reads: FreshDatabase's, never a developer's. */
    private static String applicationDatabase() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String name = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        if (!name.startsWith("frontline_test_")) {
            throw new IllegalStateException("refusing to take " + name + " offline: not a test database");
        }
        return name;
    }

    private static void admin(String statement) {
        String adminUrl = env("FRONTLINE_TEST_ADMIN_URL", "jdbc:postgresql://localhost:5432/postgres");
        try (Connection connection = DriverManager.getConnection(adminUrl, env("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                env("QUARKUS_DATASOURCE_PASSWORD", ""));
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + statement + "' on " + adminUrl, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
