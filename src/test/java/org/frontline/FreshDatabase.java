package org.frontline;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test run gets a database of its own, created empty on the PostgreSQL given by
 * FRONTLINE_TEST_ADMIN_URL (default: localhost:5432, user postgres) and dropped at the end, so
 * tests never touch a developer's data. The application migrates it at start, as in production,
 * so the tests also prove that the migrations load the seed into an empty database.
 */
@WithTestResource(value = FreshDatabase.class, scope = TestResourceScope.GLOBAL)
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String ADMIN_URL = env("FRONTLINE_TEST_ADMIN_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = env("QUARKUS_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = env("QUARKUS_DATASOURCE_PASSWORD", "");

    private String name;

    @Override
    public Map<String, String> start() {
        name = "frontline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + name);
        String hostAndPort = server();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostAndPort + "/" + name,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostAndPort + "/" + name,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (name != null) {
            admin("drop database if exists " + name + " with (force)");
        }
    }

    /** The PostgreSQL server the tests use, as host:port. */
    public static String server() {
        URI server = URI.create(ADMIN_URL.substring("jdbc:".length()));
        return server.getHost() + ":" + (server.getPort() < 0 ? 5432 : server.getPort());
    }

    /** Whether a database of that name exists on the tests' server. */
    public static boolean exists(String database) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                PreparedStatement sql = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            sql.setString(1, database);
            try (ResultSet row = sql.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask " + ADMIN_URL + " for its databases", e);
        }
    }

    /** Runs one statement on the tests' server's maintenance database. */
    public static void admin(String statement) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + statement + "' on " + ADMIN_URL
                    + ": is PostgreSQL running there (see README, Prerequisites)?", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
