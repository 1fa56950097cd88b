package org.frontline.leader;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(Writes.class)
class LeaderMutationTest {

    private static final String CREATE = "mutation($input: LeaderInput!) { createLeader(input: $input) { id version name names "
            + "positions { title actingFor { name } since sincePrecision } sources { quote } } }";

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

    private static String source() {
        return data("mutation { createSource(input: {title: \"Leader checks\", kind: OTHER}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
    }
}
