package org.frontline.live;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Subscriptions as a dashboard uses them over graphql-transport-ws, and the change feed as a mirror
 * reads it, on one instance (LiveIT runs two). Writes go in by SQL, as any writer's would: the
 * signal comes from the database, whoever writes.
 */
@QuarkusTest
@TestProfile(Writes.class)
class LiveTest {

    static final String STRIKES = "subscription($filter: StrikeFilter, $after: String) { strikeEvents(filter: $filter, after: $after) { "
            + "kind cursor strike { id weapon killed region { name } } changes { fact kind action changedBy } } }";

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    Pool pool;

    @Test
    void aRecordedStrikeReachesTheSubscriberAsTheReadPathReadsIt() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s1", STRIKES, null);
            waitUntilListening();
            long id = insertStrike("Dnipro", "a first live missile", 3);
            JsonObject event = live.nextData("s1", 10).getJsonObject("strikeEvents");
            assertEquals("RECORDED", event.getString("kind"));
            assertEquals(String.valueOf(id), event.getJsonObject("strike").getString("id"));
            assertEquals("a first live missile", event.getJsonObject("strike").getString("weapon"));
            assertEquals("Dnipro", event.getJsonObject("strike").getJsonObject("region").getString("name"));
            assertEquals("STRIKE", event.getJsonArray("changes").getJsonObject(0).getString("fact"));
            assertEquals("database:postgres", event.getJsonArray("changes").getJsonObject(0).getString("changedBy"));

            // The feed tells the same change at the same cursor.
            JsonPath feed = data("query($id: ID) { changes(filter: {fact: STRIKE, id: $id}) { edges { cursor node { fact factId kind changedBy } } } }",
                    "{\"id\": \"" + id + "\"}");
            // The strike's own changes in that commit: recorded, then its figure kept by the trigger.
            assertEquals(List.of("RECORDED", "CORRECTED"), feed.getList("data.changes.edges.node.kind"));
            assertEquals(event.getString("cursor"), feed.getList("data.changes.edges.cursor").get(1));
        }
    }

    @Test
    void aRolledBackWriteSendsNothingAndTheNextCommittedOneArrivesFirst() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s1", STRIKES, null);
            waitUntilListening();
            pool.withTransaction(connection -> connection.query("insert into strike (occurred_on, region_id, weapon_kind, weapon)"
                    + " select date '2022-10-01', id, 'DRONE', 'rolled back' from region where name = 'Odesa'").execute()
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("the analyst cancels"))))
                    .onFailure().recoverWithNull().await().indefinitely();
            live.nothingFor(1500);
            long id = insertStrike("Odesa", "committed", null);
            JsonObject event = live.nextData("s1", 10).getJsonObject("strikeEvents");
            assertEquals(String.valueOf(id), event.getJsonObject("strike").getString("id"));
            assertEquals("committed", event.getJsonObject("strike").getString("weapon"));
        }
    }

    @Test
    void aFilterThatDoesNotMatchSendsNothing() throws Exception {
        String zaporizhzhiaOblast = regionId("Zaporizhzhia Oblast");
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("z", STRIKES, new JsonObject().put("filter", new JsonObject().put("region", zaporizhzhiaOblast)
                    .put("minKilled", 5)));
            waitUntilListening();
            insertStrike("Mykolaiv", "elsewhere", 10);
            insertStrike("Zaporizhzhia", "too few killed", 2);
            live.nothingFor(1500);
            // A city below the oblast matches: sub-regions are included.
            long id = insertStrike("Zaporizhzhia", "matches", 7);
            JsonObject event = live.nextData("z", 10).getJsonObject("strikeEvents");
            assertEquals(String.valueOf(id), event.getJsonObject("strike").getString("id"));
            assertEquals(7, event.getJsonObject("strike").getInteger("killed"));
        }
    }

    @Test
    void aFigureAddedAndARetirementAreToldWithTheirKind() throws Exception {
        long id = insertStrike("Lyman", "shelling", null);
        // Subscribed once the replica has heard of the strike, so that its recording is not told.
        Thread.sleep(500);
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("f", "subscription($id: ID!) { factEvents(fact: STRIKE, id: $id) { kind changes { kind reason } } }",
                    new JsonObject().put("id", String.valueOf(id)));
            live.subscribe("s", STRIKES, null);
            waitUntilListening();
            sql("insert into casualty_report (strike_id, killed, killed_qualifier, reported_by_actor_id) select " + id + ", 4, 'EXACT', min(id) from actor");
            JsonObject figure = live.nextData("s", 10).getJsonObject("strikeEvents");
            assertEquals("FIGURE_ADDED", figure.getString("kind"));
            assertEquals(4, figure.getJsonObject("strike").getInteger("killed"));
            sql("update strike set retired_at = now(), retired_reason = 'a duplicate of another report' where id = " + id);
            // The fact's own subscription hears only changes of the strike row itself (the trigger's
            // update of its figure, then the retirement).
            JsonObject corrected = live.nextData("f", 10).getJsonObject("factEvents");
            assertEquals("CORRECTED", corrected.getString("kind"));
            JsonObject retired = live.nextData("s", 10).getJsonObject("strikeEvents");
            assertEquals("RETIRED", retired.getString("kind"));
            JsonObject retiredFact = live.nextData("f", 10).getJsonObject("factEvents");
            assertEquals("RETIRED", retiredFact.getString("kind"));
            assertEquals("a duplicate of another report", retiredFact.getJsonArray("changes").getJsonObject(0).getString("reason"));
        }
    }

    @Test
    void aSubscriptionFromACursorMissesNothingAndRepeatsNothing() throws Exception {
        String from;
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s", STRIKES, null);
            waitUntilListening();
            insertStrike("Kyiv", "before the drop", null);
            from = live.nextData("s", 10).getJsonObject("strikeEvents").getString("cursor");
        }
        long missedA = insertStrike("Kyiv", "while away 1", null);
        long missedB = insertStrike("Kyiv", "while away 2", null);
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s", STRIKES, new JsonObject().put("after", from));
            assertEquals(String.valueOf(missedA), live.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            assertEquals(String.valueOf(missedB), live.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            long after = insertStrike("Kyiv", "after the return", null);
            assertEquals(String.valueOf(after), live.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            live.nothingFor(500);
        }
    }

    @Test
    void theProtocolAnswersPingsAndRefusesWhatItCannotRun() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.send(new JsonObject().put("type", "ping"));
            assertEquals("pong", live.next(5).getString("type"));

            live.subscribe("bad", "subscription { strikeEvents { nope } }", null);
            JsonObject invalid = live.next(5);
            assertEquals("error", invalid.getString("type"));
            assertEquals("bad", invalid.getString("id"));
            assertEquals("INVALID_OPERATION", invalid.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            live.subscribe("deep", "subscription { strikeEvents { strike { region { " + "parent { ".repeat(11) + "name"
                    + " }".repeat(11) + " } } } }", null);
            assertEquals("TOO_DEEP", live.next(5).getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            live.subscribe("box", "subscription { strikeEvents(filter: {within: {south: 50, west: 30, north: 40, east: 31}}) { kind } }", null);
            JsonObject badBox = live.next(5);
            assertEquals("error", badBox.getString("type"));
            assertEquals("BAD_ARGUMENT", badBox.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            live.subscribe("q", "{ strikes { totalCount } }", null);
            assertEquals("BAD_REQUEST", live.next(5).getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            live.subscribe("cursor", STRIKES, new JsonObject().put("after", "not-a-cursor"));
            assertEquals("BAD_CURSOR", live.next(5).getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));

            // An id in use closes the connection, as the protocol says.
            live.subscribe("twice", STRIKES, null);
            live.subscribe("twice", STRIKES, null);
            JsonObject closed = live.next(5);
            assertEquals("closed", closed.getString("type"));
            assertEquals(4409, closed.getInteger("code"));
        }
    }

    @Test
    void aSubscribeBeforeConnectionInitClosesTheConnection() throws Exception {
        try (LiveClient live = LiveClient.open(graphql.toString(), 0)) {
            live.subscribe("s", STRIKES, null);
            JsonObject closed = live.next(5);
            assertEquals("closed", closed.getString("type"));
            assertEquals(4401, closed.getInteger("code"));
        }
    }

    @Test
    void aConnectionHoldsAtMostItsSubscriptions() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            for (int i = 0; i < 20; i++) {
                live.subscribe("s" + i, STRIKES, null);
            }
            live.subscribe("one-too-many", STRIKES, null);
            JsonObject refused = live.next(5);
            assertEquals("one-too-many", refused.getString("id"));
            JsonObject extensions = refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions");
            assertEquals("TOO_MANY_SUBSCRIPTIONS", extensions.getString("code"));
            assertEquals(20, extensions.getInteger("limit"));
            // Completing one makes room.
            live.send(new JsonObject().put("type", "complete").put("id", "s0"));
            live.subscribe("room", STRIKES, null);
            live.nothingFor(500);
        }
    }

    private static void waitUntilListening() throws InterruptedException {
        // The subscription registers on the replica's reader asynchronously after the subscribe.
        Thread.sleep(300);
    }

    private long insertStrike(String region, String weapon, Integer killed) {
        return pool.withTransaction(connection -> connection.query("insert into strike (occurred_on, region_id, weapon_kind, weapon)"
                + " select date '2022-10-01', id, 'MISSILE', '" + weapon + "' from region where name = '" + region + "' returning id")
                .execute().map(rows -> rows.iterator().next().getLong("id"))
                .call(id -> killed == null ? Uni.createFrom().voidItem() : connection.query("insert into casualty_report"
                        + " (strike_id, killed, killed_qualifier, reported_by_actor_id) select " + id + ", " + killed + ", 'EXACT', min(id) from actor").execute().replaceWithVoid()))
                .await().indefinitely();
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }

    private String regionId(String name) {
        return String.valueOf(pool.query("select id from region where name = '" + name + "'").execute().await().indefinitely()
                .iterator().next().getLong("id"));
    }

}
