package org.frontline.live;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
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
@TestProfile(LiveTest.OwnDatabase.class)
class LiveTest {

    /**
     * A database of its own: these tests write strikes, control and claims straight into the seed's
     * places (Lyman's control, for one), which the other write tests assert on.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    static final String STRIKES = "subscription($filter: StrikeFilter, $after: String) { strikeEvents(filter: $filter, after: $after) { "
            + "kind cursor strike { id weapon killed region { name } } changes { fact kind action changedBy } } }";

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    Pool pool;

    @Test
    void aRecordedStrikeReachesTheSubscriberAsTheReadPathReadsIt() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s1", STRIKES, fromNow());
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
            live.subscribe("s1", STRIKES, fromNow());
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
            live.subscribe("z", STRIKES, fromNow().put("filter", new JsonObject().put("region", zaporizhzhiaOblast)
                    .put("minKilled", 5)));
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
        // Subscribed from after the strike's recording, so that it is not told.
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("f", "subscription($id: ID!, $after: String) { factEvents(fact: STRIKE, id: $id, after: $after) { kind changes { kind reason } } }",
                    fromNow().put("id", String.valueOf(id)));
            live.subscribe("s", STRIKES, fromNow());
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
            live.subscribe("s", STRIKES, fromNow());
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
    void aClientThatReadsTheHeadFirstMissesNothingCommittedBeforeItSubscribes() throws Exception {
        long before = insertStrike("Odesa", "before the head", null);
        JsonPath head = data("{ changes(first: 0) { edges { cursor } headCursor } last: changes(last: 1) { pageInfo { endCursor } } }");
        // On an empty page there is no endCursor, but the head is there, and it is the feed's last change.
        assertEquals(List.of(), head.getList("data.changes.edges"));
        String headCursor = head.getString("data.changes.headCursor");
        assertEquals(head.getString("data.last.pageInfo.endCursor"), headCursor);
        // Committed after the head was read and before the subscription: a subscriber "from now on"
        // could not be told it; one from the head is, and is not told what came before the head.
        long between = insertStrike("Odesa", "between the read and the subscription", null);
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s", STRIKES, new JsonObject().put("after", headCursor));
            JsonObject first = live.nextData("s", 10).getJsonObject("strikeEvents");
            assertEquals(String.valueOf(between), first.getJsonObject("strike").getString("id"));
            assertNotEquals(String.valueOf(before), first.getJsonObject("strike").getString("id"));
            live.nothingFor(500);
        }
        // The head moves with each commit, to that commit's last change.
        String moved = data("{ changes(first: 0) { headCursor } }").getString("data.changes.headCursor");
        assertEquals(data("{ changes(last: 1) { edges { cursor } } }").getString("data.changes.edges[0].cursor"), moved);
        assertNotEquals(headCursor, moved);
    }

    @Test
    void aReplayAndTheReaderGoOnPastTheHundredCommitsOneReadLooksAt() throws Exception {
        int commits = RecordChange.COMMITS_AT_ONCE + 30;
        JsonObject from = fromNow();
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("now", STRIKES, fromNow());
            List<Long> written = new java.util.ArrayList<>();
            for (int i = 0; i < commits; i++) {
                written.add(insertStrike("Odesa", "commit " + i, null));
            }
            // Told live, as the reader reads on past each hundred commits.
            for (long id : written) {
                assertEquals(String.valueOf(id), live.nextData("now", 20).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            }
            // And replayed, in order, to a subscription from the cursor before them.
            live.subscribe("replay", STRIKES, from);
            for (long id : written) {
                assertEquals(String.valueOf(id), live.nextData("replay", 20).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            }
        }
    }

    @Test
    void aSecondSubscriptionFromTheSameCursorGetsTheWholeReplayToo() throws Exception {
        JsonObject from = fromNow();
        long missed = insertStrike("Kyiv", "replayed to both", null);
        try (LiveClient first = LiveClient.connect(graphql.toString()); LiveClient second = LiveClient.connect(graphql.toString())) {
            first.subscribe("s", STRIKES, from);
            assertEquals(String.valueOf(missed), first.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            // The same operation and variables, sent once the first has had its replay: no execution to join.
            second.subscribe("s", STRIKES, from);
            assertEquals(String.valueOf(missed), second.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            long next = insertStrike("Kyiv", "live to both", null);
            assertEquals(String.valueOf(next), first.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
            assertEquals(String.valueOf(next), second.nextData("s", 10).getJsonObject("strikeEvents").getJsonObject("strike").getString("id"));
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

    @Test
    void theFeedIsInCommitOrderSoThatAPollerMissesNothing() throws Exception {
        String start = feedEnd();
        // The first transaction takes the lower history id but commits second.
        io.vertx.mutiny.sqlclient.SqlConnection slow = pool.getConnection().await().indefinitely();
        try {
            slow.query("begin").execute().await().indefinitely();
            // Another month than the second's, whose totals row (V13) the second would wait for.
            slow.query("insert into strike (occurred_on, region_id, weapon_kind, weapon) select date '2022-08-02', id, 'ROCKET',"
                    + " 'begun first' from region where name = 'Mykolaiv'").execute().await().indefinitely();
            long second = insertStrike("Mykolaiv", "committed first", null);
            // A poller reading now sees the commit that is done, and nothing of the one in flight.
            JsonPath firstPoll = data("query($after: String) { changes(after: $after, filter: {fact: STRIKE}) { edges { node { factId } } pageInfo { endCursor } } }",
                    "{\"after\": \"" + start + "\"}");
            assertEquals(List.of(String.valueOf(second)), firstPoll.getList("data.changes.edges.node.factId"));
            slow.query("commit").execute().await().indefinitely();
            // Polling on from where it stopped, it finds the later commit, though its ids are lower.
            JsonPath secondPoll = data("query($after: String) { changes(after: $after, filter: {fact: STRIKE}) { edges { node { factId weapon: after } } } }",
                    "{\"after\": \"" + firstPoll.getString("data.changes.pageInfo.endCursor") + "\"}");
            List<String> weapons = secondPoll.getList("data.changes.edges.node.weapon");
            assertEquals(1, weapons.size(), "one change of the strike begun first: " + weapons);
            assertTrue(weapons.get(0).contains("begun first"));
        } finally {
            slow.close().await().indefinitely();
        }
    }

    @Test
    void aSubscriberThatFallsBehindIsToldAndClosedWithoutSlowingTheOther() throws Exception {
        long id = insertStrike("Kyiv", "watched", null);
        String query = "subscription($id: ID!, $after: String) { factEvents(fact: STRIKE, id: $id, after: $after) { kind cursor changes { after } } }";
        JsonObject variables = fromNow().put("id", String.valueOf(id));
        // The slow client stops reading its socket at once, and keeps a small receive window.
        try (LiveClient fast = LiveClient.connect(graphql.toString()); LiveClient slow = LiveClient.open(graphql.toString(), 4096)) {
            slow.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", slow.next(5).getString("type"));
            fast.subscribe("fast", query, variables);
            slow.subscribe("slow", query, variables);
            slow.socket.pause();
            String page = "x".repeat(40_000);
            int corrections = 400;
            for (int i = 0; i < corrections; i++) {
                sql("update strike set description = '" + i + page + "' where id = " + id);
            }
            long lastCommit = System.nanoTime();
            for (int i = 0; i < corrections; i++) {
                JsonObject event = fast.nextData("fast", 30).getJsonObject("factEvents");
                assertTrue(event.getJsonArray("changes").getJsonObject(0).getString("after").contains("\"description\": \"" + i + "x"),
                        "correction " + i + " in order");
            }
            long behind = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCommit);
            assertTrue(behind < 10_000, "the fast subscriber had every event " + behind + " ms after the last commit");
            slow.socket.resume();
            JsonObject message;
            int received = 0;
            do {
                message = slow.next(30);
                received += "next".equals(message.getString("type")) ? 1 : 0;
            } while ("next".equals(message.getString("type")));
            assertTrue(received < corrections, "the slow subscriber got " + received + " of " + corrections + " before it was closed");
            assertEquals("error", message.getString("type"));
            assertEquals("SLOW_CONSUMER", message.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));
            JsonObject closed = slow.next(10);
            assertEquals("closed", closed.getString("type"));
            assertEquals(1013, closed.getInteger("code"));
        }
    }

    @Test
    void aReplicaThatLosesItsListenConnectionListensAgainAndSaysFromWhereToResume() throws Exception {
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("s", STRIKES, fromNow());
            insertStrike("Dnipro", "before the loss", null);
            String before = live.nextData("s", 10).getJsonObject("strikeEvents").getString("cursor");
            int terminated = pool.query("select count(pg_terminate_backend(pid))::int as n from pg_stat_activity"
                    + " where datname = current_database() and query ilike 'LISTEN%'").execute().await().indefinitely()
                    .iterator().next().getInteger("n");
            assertEquals(1, terminated, "this instance's one LISTEN connection");
            long during = insertStrike("Dnipro", "while it reconnects", null);
            JsonObject notice = live.nextData("s", 15).getJsonObject("strikeEvents");
            assertEquals("INTERRUPTED", notice.getString("kind"));
            assertEquals(before, notice.getString("cursor"));
            JsonObject caughtUp = live.nextData("s", 15).getJsonObject("strikeEvents");
            assertEquals(String.valueOf(during), caughtUp.getJsonObject("strike").getString("id"));
        }
    }

    @Test
    void aClientHoldsAtMostItsConnections() throws Exception {
        List<LiveClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                open.add(LiveClient.connect(graphql.toString()));
            }
            io.restassured.response.Response refused = io.restassured.RestAssured.given().header("Connection", "Upgrade")
                    .header("Upgrade", "websocket").header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                    .header("Sec-WebSocket-Protocol", LiveSocket.PROTOCOL).get("/graphql");
            assertEquals(429, refused.statusCode());
            assertEquals("TOO_MANY_CONNECTIONS", refused.jsonPath().getString("errors[0].extensions.code"));
            open.remove(0).close();
            // The server counts the closed connection off once it has seen the close.
            open.add(connectWithin(10));
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    @Test
    void aChangeOfControlInATownIsToldToTheOblastsSubscribersAndNoOneElses() throws Exception {
        String donetsk = regionId("Donetsk Oblast");
        String kherson = regionId("Kherson Oblast");
        String query = "subscription($region: ID!, $after: String) { regionEvents(region: $region, after: $after) { kind region { name } changes { fact kind } } }";
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("donetsk", query, fromNow().put("region", donetsk));
            live.subscribe("kherson", query, fromNow().put("region", kherson));
            sql("insert into region_control (region_id, controller_id, extent, valid_from) select r.id, a.id, 'FULL', date '2022-10-01'"
                    + " from region r, actor a where r.name = 'Lyman' and a.name = 'Armed Forces of Ukraine'");
            JsonObject event = live.nextData("donetsk", 10).getJsonObject("regionEvents");
            assertEquals("CONTROL_RECORDED", event.getString("kind"));
            assertEquals("Lyman", event.getJsonObject("region").getString("name"));
            sql("insert into sovereignty_claim (region_id, claimant_id, claimed_from) select r.id, a.id, date '2022-09-30'"
                    + " from region r, actor a where r.name = 'Lyman' and a.name = 'Russia'");
            assertEquals("CLAIM_RECORDED", live.nextData("donetsk", 10).getJsonObject("regionEvents").getString("kind"));
            live.nothingFor(1000);
        }
    }

    @Test
    void aSanctionIsToldToTheSubscribersOfItsAuthorityAndTarget() throws Exception {
        String unitedStates = String.valueOf(pool.query("select id from actor where name = 'United States'").execute().await()
                .indefinitely().iterator().next().getLong("id"));
        String putin = String.valueOf(pool.query("select id from leader where name = 'Vladimir Putin'").execute().await()
                .indefinitely().iterator().next().getLong("id"));
        String query = "subscription($authority: ID, $target: ID, $after: String) { sanctionEvents(authority: $authority, target: $target, after: $after) { kind sanction { title } } }";
        try (LiveClient live = LiveClient.connect(graphql.toString())) {
            live.subscribe("us", query, fromNow().put("authority", unitedStates));
            live.subscribe("putin", query, fromNow().put("target", putin));
            long sanction = pool.query("insert into sanction (authority_id, title, announced_on) values (" + unitedStates
                    + ", 'A live package', date '2022-10-03') returning id").execute().await().indefinitely().iterator().next().getLong("id");
            JsonObject recorded = live.nextData("us", 10).getJsonObject("sanctionEvents");
            assertEquals("RECORDED", recorded.getString("kind"));
            assertEquals("A live package", recorded.getJsonObject("sanction").getString("title"));
            sql("insert into sanction_target (sanction_id, leader_id, name, kind) values (" + sanction + ", " + putin + ", 'Vladimir Putin', 'PERSON')");
            assertEquals("TARGET_ADDED", live.nextData("us", 10).getJsonObject("sanctionEvents").getString("kind"));
            assertEquals("TARGET_ADDED", live.nextData("putin", 10).getJsonObject("sanctionEvents").getString("kind"));
            live.nothingFor(500);
        }
    }

    private String feedEnd() {
        return data("{ changes(first: 0) { headCursor } }").getString("data.changes.headCursor");
    }

    /**
     * Variables that start a subscription just after the feed's last change: the subscription
     * registers on the replica's reader some time after the subscribe, and a write made meanwhile is
     * told by the replay from this cursor instead of being missed.
     */
    private JsonObject fromNow() {
        return new JsonObject().put("after", feedEnd());
    }

    /** Connects, trying again while the server still counts this client's connections as full. */
    private LiveClient connectWithin(int seconds) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try {
                return LiveClient.connect(graphql.toString());
            } catch (Exception refused) {
                if (System.nanoTime() > until) {
                    throw refused;
                }
            }
        }
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
