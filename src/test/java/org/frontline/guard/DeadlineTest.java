package org.frontline.guard;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.frontline.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A request held up in PostgreSQL (here by a lock another session holds) is answered TIMEOUT at its
 * deadline, and PostgreSQL stops the statement itself rather than leave it waiting on a connection.
 */
@QuarkusTest
@TestProfile(DeadlineTest.ShortDeadline.class)
class DeadlineTest {

    static final Duration DEADLINE = Duration.ofSeconds(1);

    /** A short deadline, so that the test waits little; its own application and database. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.limits.deadline", DEADLINE.toMillis() + "ms");
        }
    }

    private static final String STRIKES = "{ strikes(first: 5) { edges { node { id } } } }";
    private static final String CREATE = "mutation($input: StrikeInput!) { createStrike(input: $input) { id } }";

    @Test
    void aReadHeldPastTheDeadlineIsAnsweredTimeoutAndStoppedInPostgres() throws Exception {
        warm(() -> response(STRIKES));
        try (Connection locker = connect(); Connection watcher = connect()) {
            lockStrikes(locker);

            long started = System.nanoTime();
            JsonPath answer = response(STRIKES);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took, lessThan(DEADLINE.plusSeconds(1)));
            assertEquals("TIMEOUT", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertThat(answer.getString("errors[0].message"), containsString("1 s deadline"));
            String whole = answer.prettify();
            assertThat(whole.toLowerCase(), not(containsString("select")));
            assertThat(whole.toLowerCase(), not(containsString("canceling statement")));
            assertThat(whole, not(containsString("Exception")));
            assertThat(whole, not(containsString("java.")));

            // The lock is still held: only statement_timeout can have taken the statement off it.
            assertEquals(0, waitingOnLocks(watcher, Duration.ofSeconds(3)), "PostgreSQL stopped the blocked statement");
            locker.rollback();
        }
        assertNotNull(data(STRIKES).getList("data.strikes.edges"), "the next request is served");
    }

    @Test
    void aWriteHeldPastTheDeadlineIsStoppedAndWritesNothing() throws Exception {
        String source = createSource();
        String input = strikeInput(source);
        long strikes;
        try (Connection locker = connect(); Connection watcher = connect()) {
            strikes = count(watcher, "select count(*) from strike");
            lockStrikes(locker);

            long started = System.nanoTime();
            JsonPath answer = response(CREATE, input, Tokens.editor());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("TIMEOUT", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertThat(answer.getString("errors[0].message"), containsString("nothing was written"));
            assertThat(took, lessThan(DEADLINE.plusSeconds(1)));
            assertEquals(0, waitingOnLocks(watcher, Duration.ofSeconds(3)));
            locker.rollback();
            assertEquals(strikes, count(watcher, "select count(*) from strike"));
        }
        assertNotNull(data(CREATE, input, Tokens.editor()).getString("data.createStrike.id"), "the same write succeeds once the lock is gone");
    }

    @Test
    void aChangeSavedButNotWhollyReadBackInTimeAnswersItsIdAndTheFieldsThatTimedOut() throws Exception {
        String input = strikeInput(createSource());
        try (Connection locker = connect(); Connection watcher = connect()) {
            long strikes = count(watcher, "select count(*) from strike");
            // Reading the strike's region reads its spellings; writing a strike touches none.
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("lock table region_name in access exclusive mode");
            }

            JsonPath answer = response("mutation($input: StrikeInput!) { createStrike(input: $input) { id region { name } } }",
                    input, Tokens.editor());

            assertNotNull(answer.getString("data.createStrike.id"), "the saved strike's id reaches the client");
            assertEquals("TIMEOUT", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertEquals(java.util.List.of("createStrike", "region"), answer.getList("errors[0].path"));
            locker.rollback();
            assertEquals(strikes + 1, count(watcher, "select count(*) from strike"), "saved, as the id says");
        }
    }

    /** A source to cite, created once the application is warm enough to answer within the short deadline. */
    private static String createSource() {
        return warm(() -> response("mutation { createSource(input: {title: \"Deadline check\", kind: OTHER}) { id } }", "{}",
                Tokens.editor())).getString("data.createSource.id");
    }

    /** A strike citing {@code source}, once a first one has been written within the deadline. */
    private static String strikeInput(String source) {
        String region = warm(() -> response("{ regions(first: 1) { edges { node { id } } } }")).getString("data.regions.edges[0].node.id");
        String input = "{\"input\": {\"occurredOn\": \"2023-01-05\", \"region\": \"" + region + "\", \"weaponKind\": \"DRONE\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"A drone hit the city.\"}]}}";
        warm(() -> response(CREATE, input, Tokens.editor()));
        return input;
    }

    /**
     * The answer of a request that must succeed, sent again while it does not: the first requests
     * to a freshly started application (classes loading, connections opening) can take longer than
     * the short deadline.
     */
    private static JsonPath warm(Supplier<JsonPath> request) {
        JsonPath answer = request.get();
        for (int attempt = 1; answer.get("errors") != null && attempt < 20; attempt++) {
            answer = request.get();
        }
        assertNull(answer.get("errors"), answer.prettify());
        return answer;
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Takes a lock that every statement on strike, reads included, waits for until the transaction ends. */
    private static void lockStrikes(Connection locker) throws SQLException {
        locker.setAutoCommit(false);
        try (Statement statement = locker.createStatement()) {
            statement.execute("lock table strike in access exclusive mode");
        }
    }

    /** Statements of this database still waiting on a lock after {@code patience}, or as soon as there are none. */
    private static long waitingOnLocks(Connection watcher, Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        long waiting;
        do {
            waiting = count(watcher, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and state = 'active' and wait_event_type = 'Lock'");
            if (waiting > 0) {
                // Polling PostgreSQL, bounded by patience: nothing tells a client that a backend gave up.
                Thread.sleep(50);
            }
        } while (waiting > 0 && System.nanoTime() < until);
        return waiting;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
