package org.frontline.leader;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.jsonList;
import static org.frontline.GraphQL.response;
import static org.frontline.GraphQL.violationCodes;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.frontline.db.Sql;
import org.frontline.write.Bounds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@TestProfile(Writes.class)
class LeaderMutationTest {

    private static final String CREATE = "mutation($input: LeaderInput!) { createLeader(input: $input) { id version name names "
            + "positions { title actingFor { name } since sincePrecision } sources { quote } } }";

    /** A citation that would fail every check, were its list looked at item by item. */
    private static final String BAD_CITATION = "{\"source\": \"987654\", \"quote\": \" \"}";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    @Test
    void aLeaderIsAddedWithSpellingsAndAPositionAndFoundByAnyOfThem() {
        String source = source();
        JsonPath created = data(CREATE, "{\"input\": {\"name\": \"Oleh Syniehubov\", \"otherNames\": [\"Oleg Sinegubov\"], "
                + "\"positions\": [{\"title\": \"Governor of Kharkiv Oblast\", \"actingFor\": \"" + Seed.actorId("Ukraine") + "\", "
                + "\"since\": \"2021-12-01\", \"sincePrecision\": \"MONTH\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"the governor\"}]}], "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Governor Oleh Syniehubov said...\"}]}}", Tokens.editor());
        assertThat(created.getList("data.createLeader.names"), hasItems("Oleh Syniehubov", "Oleg Sinegubov"));
        assertEquals("MONTH", created.getString("data.createLeader.positions[0].sincePrecision"));
        assertEquals("Ukraine", created.getString("data.createLeader.positions[0].actingFor.name"));
        assertEquals(List.of("Oleh Syniehubov"), data("{ leaders(filter: {name: \"Sinegubov\"}) { edges { node { name } } } }")
                .getList("data.leaders.edges.node.name"));

        // Renaming keeps the old spelling searchable and moves the version.
        String id = created.getString("data.createLeader.id");
        JsonPath renamed = data("mutation($id: ID!, $c: LeaderChanges!) { updateLeader(id: $id, changes: $c) { name names version } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"name\": \"Oleh Synyehubov\", \"sources\": [{\"source\": \"" + source
                        + "\", \"quote\": \"Synyehubov\"}]}}", Tokens.editor());
        assertEquals(1, renamed.getInt("data.updateLeader.version"));
        assertThat(renamed.getList("data.updateLeader.names"), hasItems("Oleh Synyehubov", "Oleh Syniehubov", "Oleg Sinegubov"));
    }

    @Test
    void aPositionEndingBeforeItBeginsIsRefusedWithTheOtherProblems() {
        JsonPath answer = response("mutation { createLeader(input: {name: \" \", positions: [{title: \"Mayor\", actingFor: \"abc\", "
                + "since: \"2022-05-01\", until: \"2021-01-01\", sources: []}], sources: [{source: \"987654\", quote: \"x\"}]}) { id } }",
                "{}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", answer.getString("errors[0].extensions.code"));
        Map<String, String> codes = new java.util.HashMap<>();
        answer.<Map<String, String>>getList("errors[0].extensions.violations").forEach(v -> codes.put(v.get("path"), v.get("code")));
        assertEquals("REQUIRED", codes.get("input.name"));
        assertEquals("DATES_REVERSED", codes.get("input.positions[0].until"));
        assertEquals("BAD_ID", codes.get("input.positions[0].actingFor"));
        assertEquals("SOURCE_REQUIRED", codes.get("input.positions[0].sources"));
        assertEquals("UNKNOWN_REFERENCE", codes.get("input.sources[0].source"));
    }

    @Test
    void retiringALeaderNeedsAnAdminAndKeepsThemReadable() {
        String source = source();
        String id = data(CREATE, "{\"input\": {\"name\": \"Duplicate Person\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"x\"}]}}",
                Tokens.editor()).getString("data.createLeader.id");
        String retire = "mutation($id: ID!) { retireLeader(id: $id, version: 0, reason: \"entered twice\") { retiredAt retiredReason } }";
        assertEquals("FORBIDDEN", response(retire, "{\"id\": \"" + id + "\"}", Tokens.editor()).getString("errors[0].extensions.code"));
        assertEquals(1, data("{ leaders(filter: {name: \"Duplicate Person\"}) { totalCount } }").getInt("data.leaders.totalCount"));

        assertEquals("entered twice", data(retire, "{\"id\": \"" + id + "\"}", Tokens.admin()).getString("data.retireLeader.retiredReason"));
        assertEquals(0, data("{ leaders(filter: {name: \"Duplicate Person\"}) { totalCount } }").getInt("data.leaders.totalCount"));
        assertEquals(1, data("{ leaders(filter: {name: \"Duplicate Person\", includeRetired: true}) { totalCount } }")
                .getInt("data.leaders.totalCount"));
        assertEquals(List.of("RETIRE", "CITE", "UPDATE", "CREATE"),
                data("query($id: ID!) { history(fact: LEADER, id: $id) { edges { node { action } } } }", "{\"id\": \"" + id + "\"}")
                        .getList("data.history.edges.node.action"), "creation, its spelling, its source, then the retirement");
    }

    @Test
    void listsPastTheirBoundsAreRefusedBeforeAnyStatementRunsAndTheBoundItselfIsAccepted() {
        String source = source();
        String citation = "{\"source\": \"" + source + "\", \"quote\": \"x\"}";
        String id = data(CREATE, "{\"input\": {\"name\": \"Bounded Person\", \"sources\": [" + citation + "]}}", Tokens.editor())
                .getString("data.createLeader.id");
        String position = "{\"title\": \"Mayor\", \"actingFor\": \"987654\", \"sources\": []}";
        long leaders = count("select count(*) from leader");
        long positions = count("select count(*) from leader_position");
        long names = count("select count(*) from leader_name");
        List<String> history = history(id);
        long statements = sql.statementsExecuted();

        JsonPath create = response(CREATE, "{\"input\": {\"name\": \"Too Many\", \"otherNames\": " + jsonList(Bounds.NAMES + 1, "\"n\"")
                + ", \"positions\": " + jsonList(Bounds.POSITIONS + 1, position) + ", \"sources\": " + jsonList(Bounds.CITATIONS + 1, BAD_CITATION)
                + "}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", create.getString("errors[0].extensions.code"));
        assertEquals(Map.of("input.otherNames", "TOO_MANY", "input.positions", "TOO_MANY", "input.sources", "TOO_MANY"),
                violationCodes(create));

        JsonPath nested = response(CREATE, "{\"input\": {\"name\": \"Too Many\", \"positions\": [{\"title\": \"Mayor\", \"actingFor\": \"987654\", "
                + "\"sources\": " + jsonList(Bounds.CITATIONS + 1, BAD_CITATION) + "}], \"sources\": [" + citation + "]}}", Tokens.editor());
        assertEquals(Map.of("input.positions[0].sources", "TOO_MANY"), violationCodes(nested));

        JsonPath update = response("mutation($id: ID!, $c: LeaderChanges!) { updateLeader(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"otherNames\": " + jsonList(Bounds.NAMES + 1, "\"n\"")
                        + ", \"sources\": " + jsonList(Bounds.CITATIONS + 1, BAD_CITATION) + "}}", Tokens.editor());
        assertEquals(Map.of("changes.otherNames", "TOO_MANY", "changes.sources", "TOO_MANY"), violationCodes(update));

        JsonPath added = response("mutation($id: ID!, $p: PositionInput!) { addLeaderPosition(leader: $id, position: $p) { id } }",
                "{\"id\": \"" + id + "\", \"p\": {\"title\": \"Mayor\", \"actingFor\": \"987654\", \"sources\": "
                        + jsonList(Bounds.CITATIONS + 1, BAD_CITATION) + "}}", Tokens.editor());
        assertEquals(Map.of("position.sources", "TOO_MANY"), violationCodes(added));

        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(leaders, count("select count(*) from leader"));
        assertEquals(positions, count("select count(*) from leader_position"));
        assertEquals(names, count("select count(*) from leader_name"));
        assertEquals(history, history(id), "the refused correction is not in the leader's history");

        List<String> spellings = new java.util.ArrayList<>();
        for (int i = 0; i < Bounds.NAMES; i++) {
            spellings.add("\"Spelling " + i + "\"");
        }
        JsonPath atTheBound = data("mutation($id: ID!, $c: LeaderChanges!) { updateLeader(id: $id, changes: $c) { names } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"otherNames\": [" + String.join(", ", spellings) + "], \"sources\": "
                        + jsonList(Bounds.CITATIONS, citation) + "}}", Tokens.editor());
        assertEquals(Bounds.NAMES + 1, atTheBound.getList("data.updateLeader.names").size(), "the usual name and every other spelling");
    }

    private static List<String> history(String leader) {
        return data("query($id: ID!) { history(fact: LEADER, id: $id) { edges { node { action changedAt } } } }",
                "{\"id\": \"" + leader + "\"}").getList("data.history.edges.node.action");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static String source() {
        return data("mutation { createSource(input: {title: \"Leader checks\", kind: OTHER}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
    }
}
