package org.frontline.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.frontline.NodeProject;
import org.frontline.FreshDatabase;
import org.frontline.Packaged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged application on one database, as two replicas behind a balancer: a
 * subscriber on each, a write through one, and what each hears. The subscriber on the first is the
 * graphql-ws package under Node (src/test/client/live.mjs); on the second, the plain protocol.
 */
class LiveIT {

    private static final FreshDatabase DATABASE = new FreshDatabase();
    private static final List<Process> STARTED = new ArrayList<>();
    private static Map<String, String> datasource;
    private static String jdbcUrl;
    private static URI first;
    private static URI second;

    @BeforeAll
    static void twoInstances() throws Exception {
        datasource = DATABASE.start();
        jdbcUrl = datasource.get("quarkus.datasource.jdbc.url");
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stop() throws Exception {
        Packaged.stopAll(STARTED);
        DATABASE.stop();
    }

    @Test
    void aWriteThroughOneInstanceReachesSubscribersOnBothAndNothingElseDoes() throws Exception {
        String zaporizhzhiaOblast = sqlValue("select id from region where name = 'Zaporizhzhia Oblast'");
        // Each subscribes from the feed's end as it is now: a subscription registers on its replica's
        // reader a moment after the subscribe, and what is committed meanwhile is replayed, not lost.
        String now = feedEnd(first);
        Process node = node(first, 1, new JsonObject().put("after", now).put("filter", new JsonObject().put("region", zaporizhzhiaOblast)));
        BlockingQueue<JsonObject> heardByNode = lines(node);
        assertEquals(Boolean.TRUE, next(heardByNode, 60).getBoolean("connected"));
        try (LiveClient onSecond = LiveClient.connect(graphql(second));
                LiveClient elsewhere = LiveClient.connect(graphql(second))) {
            onSecond.subscribe("all", LiveTest.STRIKES, new JsonObject().put("after", now));
            elsewhere.subscribe("crimea", LiveTest.STRIKES, new JsonObject().put("after", now).put("filter",
                    new JsonObject().put("region", sqlValue("select id from region where name = 'Crimea'"))));

            // A rolled-back write is announced nowhere.
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into strike (occurred_on, region_id, weapon_kind, weapon) select date '2022-10-01', id,"
                            + " 'DRONE', 'never committed' from region where name = 'Zaporizhzhia'");
                }
                connection.rollback();
            }

            String strike = createStrikeThrough(first, "Zaporizhzhia");
            JsonObject onSecondEvent = onSecond.nextData("all", 20).getJsonObject("strikeEvents");
            assertEquals("RECORDED", onSecondEvent.getString("kind"));
            assertEquals(strike, onSecondEvent.getJsonObject("strike").getString("id"), "the first event is the committed strike");
            assertEquals("editor-ed", onSecondEvent.getJsonArray("changes").getJsonObject(0).getString("changedBy"));

            JsonObject byNode = next(heardByNode, 20).getJsonObject("data").getJsonObject("strikeEvents");
            assertEquals("RECORDED", byNode.getString("kind"));
            assertEquals(strike, byNode.getJsonObject("strike").getString("id"));
            assertEquals("Zaporizhzhia", byNode.getJsonObject("strike").getJsonObject("region").getString("name"));
            assertEquals("CLAIMED", byNode.getJsonObject("strike").getJsonArray("attributions").getJsonObject(0).getString("status"));
            assertTrue(node.waitFor(20, TimeUnit.SECONDS), "the Node subscriber stops after its one event");
            assertEquals(0, node.exitValue());

            elsewhere.nothingFor(1000);
            onSecond.nothingFor(500);
        } finally {
            node.destroyForcibly();
        }
    }

    @Test
    void aSubscriberWhoseConnectionDroppedResumesOnTheOtherInstanceMissingNothing() throws Exception {
        String cursor;
        try (LiveClient onSecond = LiveClient.connect(graphql(second))) {
            onSecond.subscribe("s", LiveTest.STRIKES, new JsonObject().put("after", feedEnd(second)));
            String seen = insertStrike("Dnipro", "seen before the drop");
            JsonObject event = onSecond.nextData("s", 20).getJsonObject("strikeEvents");
            assertEquals(seen, event.getJsonObject("strike").getString("id"));
            cursor = event.getString("cursor");
        }
        List<String> missed = List.of(insertStrike("Dnipro", "missed 1"), insertStrike("Odesa", "missed 2"), insertStrike("Lyman", "missed 3"));
        try (LiveClient onFirst = LiveClient.connect(graphql(first))) {
            onFirst.subscribe("s", LiveTest.STRIKES, new JsonObject().put("after", cursor));
            for (String id : missed) {
                assertEquals(id, onFirst.nextData("s", 20).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            }
            String live = insertStrike("Kyiv", "after the return");
            assertEquals(live, onFirst.nextData("s", 20).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            onFirst.nothingFor(500);
        }
    }

    private static URI start(String name) throws Exception {
        return Packaged.start("live-" + name, datasource, STARTED);
    }

    private static String graphql(URI base) {
        return base.resolve("/graphql").toString();
    }

    private static String createStrikeThrough(URI instance, String region) throws Exception {
        String token = Jwt.issuer("frontline").upn("editor-ed").groups(Set.of("editor")).expiresIn(Duration.ofMinutes(10))
                .sign("jwt/private.pem");
        String source = post(instance, token, "mutation { createSource(input: {title: \"Live check\", kind: OTHER, publishedOn: \"2023-01-05\"}) { id } }")
                .getJsonObject("data").getJsonObject("createSource").getString("id");
        String input = "{occurredOn: \"2023-01-05\", region: \"" + sqlValue("select id from region where name = '" + region + "'")
                + "\", weaponKind: MISSILE, weapon: \"cruise missile\", casualties: {killed: 2, reportedByActor: \""
                + sqlValue("select min(id) from actor") + "\", sources: [{source: \"" + source + "\", quote: \"Two were killed.\"}]}, "
                + "attributions: [{attributedTo: \"" + sqlValue("select id from actor where name = 'Russia'") + "\", status: CLAIMED, "
                + "sources: [{source: \"" + source + "\", quote: \"Russia launched it.\"}]}], "
                + "sources: [{source: \"" + source + "\", quote: \"A missile hit.\"}]}";
        JsonObject created = post(instance, token, "mutation { createStrike(input: " + input + ") { id } }");
        if (created.getJsonObject("data") == null) {
            fail(created.encode());
        }
        return created.getJsonObject("data").getJsonObject("createStrike").getString("id");
    }

    private static JsonObject post(URI instance, String token, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve("/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }

    /** Where the feed ends as an instance reads it (its start while it is empty: a fresh database). */
    private static String feedEnd(URI instance) throws Exception {
        return post(instance, null, "{ changes(first: 0) { headCursor } }").getJsonObject("data").getJsonObject("changes").getString("headCursor");
    }

    private static String insertStrike(String region, String weapon) throws Exception {
        return sqlValue("insert into strike (occurred_on, region_id, weapon_kind, weapon) select date '2022-10-01', id, 'MISSILE', '"
                + weapon + "' from region where name = '" + region + "' returning id");
    }

    private static String sqlValue(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(statement)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The graphql-ws client under Node, subscribed to strikes on {@code instance} until it has {@code events}. */
    private static Process node(URI instance, int events, JsonObject variables) throws IOException, InterruptedException {
        NodeProject client = NodeProject.withBuildNode(Path.of("src", "test", "client"), "client");
        client.install();
        ProcessBuilder builder = client.node("live.mjs");
        builder.environment().put("FRONTLINE_WS_URL", "ws://" + instance.getHost() + ":" + instance.getPort() + "/graphql");
        builder.environment().put("EVENTS", String.valueOf(events));
        builder.environment().put("VARIABLES", variables.encode());
        return builder.start();
    }

    /** Each line the process prints, as JSON; a line that is not JSON fails the wait for it. */
    private static BlockingQueue<JsonObject> lines(Process process) {
        BlockingQueue<JsonObject> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    System.out.println("[live.mjs] " + line);
                    try {
                        lines.add(new JsonObject(line));
                    } catch (RuntimeException notJson) {
                        lines.add(new JsonObject().put("notJson", line));
                    }
                }
            } catch (IOException e) {
                lines.add(new JsonObject().put("notJson", e.getMessage()));
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static JsonObject next(BlockingQueue<JsonObject> lines, int seconds) throws InterruptedException {
        JsonObject line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            fail("the Node subscriber printed nothing within " + seconds + " s");
        }
        if (line.containsKey("notJson") || line.containsKey("error")) {
            fail("the Node subscriber: " + line.encode());
        }
        return line;
    }
}
