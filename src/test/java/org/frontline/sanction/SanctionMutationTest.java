package org.frontline.sanction;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.jsonList;
import static org.frontline.GraphQL.response;
import static org.frontline.GraphQL.violationCodes;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.frontline.db.Sql;
import org.frontline.paging.PageRequest;
import org.frontline.write.Bounds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@TestProfile(Writes.class)
class SanctionMutationTest {

    /** A citation that would fail every check, were its list looked at item by item. */
    private static final String BAD_CITATION = "{\"source\": \"987654\", \"quote\": \" \"}";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    @Test
    void aSanctionWithATargetLeaderIsAddedAndLaterLifted() {
        String source = data("mutation { createSource(input: {title: \"EU Official Journal\", publisher: \"EU\", kind: OFFICIAL_STATEMENT}) { id } }",
                "{}", Tokens.editor()).getString("data.createSource.id");
        String putin = Seed.leaderId("Putin");
        JsonPath created = data("mutation($in: SanctionInput!) { createSanction(input: $in) { id version authority { name } targets { name leader { name } } statedTargetCount statedTargetCountQualifier } }",
                "{\"in\": {\"authority\": \"" + Seed.actorId("European Union") + "\", \"title\": \"Asset freeze\", \"announcedOn\": \"2022-02-25\", "
                        + "\"statedTargetCount\": 2, \"targets\": [{\"name\": \"Vladimir Putin\", \"kind\": \"PERSON\", \"leader\": \"" + putin + "\", "
                        + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Putin is listed.\"}]}], "
                        + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"The EU froze the assets.\"}]}}", Tokens.editor());
        assertEquals("European Union", created.getString("data.createSanction.authority.name"));
        assertEquals("EXACT", created.getString("data.createSanction.statedTargetCountQualifier"));
        assertEquals("Vladimir Putin", created.getString("data.createSanction.targets[0].leader.name"));
        String id = created.getString("data.createSanction.id");
        assertThat(data("query($id: ID!) { leader(id: $id) { sanctions { title } } }", "{\"id\": \"" + putin + "\"}")
                .getList("data.leader.sanctions.title"), hasItem("Asset freeze"));

        String update = "mutation($id: ID!, $c: SanctionChanges!) { updateSanction(id: $id, changes: $c) { liftedOn version } }";
        JsonPath reversed = response(update, "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"announcedOn\": \"2022-02-25\", \"liftedOn\": \"2021-01-01\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"lifted\"}]}}", Tokens.editor());
        assertEquals("DATES_REVERSED", reversed.getString("errors[0].extensions.violations[0].code"));
        // The database refuses what the input could not see: a lifting before the stored announcement.
        JsonPath beforeAnnounced = response(update, "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"liftedOn\": \"2021-01-01\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"lifted\"}]}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", beforeAnnounced.getString("errors[0].extensions.code"));
        assertEquals("RULE_BROKEN", beforeAnnounced.getString("errors[0].extensions.violations[0].code"));
        assertEquals(0, data("query($id: ID!) { sanction(id: $id) { version } }", "{\"id\": \"" + id + "\"}").getInt("data.sanction.version"),
                "the refused change left the version alone");

        JsonPath lifted = data(update, "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"liftedOn\": \"2024-03-01\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"The freeze was lifted.\"}]}}", Tokens.editor());
        assertEquals("2024-03-01", lifted.getString("data.updateSanction.liftedOn"));
        assertEquals(1, lifted.getInt("data.updateSanction.version"));
    }

    @Test
    void citingAnyFactAttachesTheSourceAndRefusesUnknownFacts() {
        String source = data("mutation { createSource(input: {title: \"Second account\", kind: ARTICLE}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
        String event = data("{ events(kind: INVASION) { id } }").getString("data.events[0].id");
        JsonPath cited = data("mutation($id: ID!, $s: [CitationInput!]!) { cite(fact: EVENT, id: $id, sources: $s) { quote source { title } } }",
                "{\"id\": \"" + event + "\", \"s\": [{\"source\": \"" + source + "\", \"quote\": \"Russian troops crossed the border at dawn.\"}]}",
                Tokens.editor());
        assertThat(cited.getList("data.cite.source.title"), hasItem("Second account"));
        JsonPath unknown = response("mutation($s: [CitationInput!]!) { cite(fact: STRIKE, id: \"987654\", sources: $s) { quote } }",
                "{\"s\": [{\"source\": \"" + source + "\", \"quote\": \"x\"}]}", Tokens.editor());
        assertEquals("UNKNOWN_REFERENCE", unknown.getString("errors[0].extensions.violations[0].code"));
        assertEquals("id", unknown.getString("errors[0].extensions.violations[0].path"));
    }

    @Test
    void listsPastTheirBoundsAreRefusedBeforeAnyStatementRuns() {
        String source = data("mutation { createSource(input: {title: \"Bounds check\", kind: OTHER}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
        String citation = "{\"source\": \"" + source + "\", \"quote\": \"x\"}";
        String tooManyCitations = jsonList(Bounds.CITATIONS + 1, BAD_CITATION);
        String authority = Seed.actorId("European Union");
        String id = data("mutation($in: SanctionInput!) { createSanction(input: $in) { id } }",
                "{\"in\": {\"authority\": \"" + authority + "\", \"title\": \"Bounded\", \"announcedOn\": \"2022-02-25\", \"sources\": ["
                        + citation + "]}}", Tokens.editor()).getString("data.createSanction.id");
        long sanctions = count("select count(*) from sanction");
        long targets = count("select count(*) from sanction_target");
        long citations = count("select count(*) from citation");
        long statements = sql.statementsExecuted();

        JsonPath create = response("mutation($in: SanctionInput!) { createSanction(input: $in) { id } }",
                "{\"in\": {\"authority\": \"" + authority + "\", \"title\": \"Too many\", \"announcedOn\": \"2022-02-25\", \"targets\": "
                        + jsonList(Bounds.TARGETS + 1, "{\"name\": \"t\", \"kind\": \"PERSON\"}") + ", \"sources\": " + tooManyCitations + "}}",
                Tokens.editor());
        assertEquals("VALIDATION_FAILED", create.getString("errors[0].extensions.code"));
        assertEquals(Map.of("input.targets", "TOO_MANY", "input.sources", "TOO_MANY"), violationCodes(create));

        JsonPath nested = response("mutation($in: SanctionInput!) { createSanction(input: $in) { id } }",
                "{\"in\": {\"authority\": \"" + authority + "\", \"title\": \"Too many\", \"announcedOn\": \"2022-02-25\", \"targets\": "
                        + "[{\"name\": \"t\", \"kind\": \"PERSON\", \"sources\": " + tooManyCitations + "}], \"sources\": [" + citation + "]}}",
                Tokens.editor());
        assertEquals(Map.of("input.targets[0].sources", "TOO_MANY"), violationCodes(nested));

        JsonPath update = response("mutation($id: ID!, $c: SanctionChanges!) { updateSanction(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"title\": \"Renamed\", \"sources\": " + tooManyCitations + "}}",
                Tokens.editor());
        assertEquals(Map.of("changes.sources", "TOO_MANY"), violationCodes(update));

        JsonPath target = response("mutation($id: ID!, $t: TargetInput!) { addSanctionTarget(sanction: $id, target: $t) { id } }",
                "{\"id\": \"" + id + "\", \"t\": {\"name\": \"t\", \"kind\": \"PERSON\", \"sources\": " + tooManyCitations + "}}",
                Tokens.editor());
        assertEquals(Map.of("target.sources", "TOO_MANY"), violationCodes(target));

        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(sanctions, count("select count(*) from sanction"));
        assertEquals(targets, count("select count(*) from sanction_target"));
        assertEquals(citations, count("select count(*) from citation"));
        assertEquals(0, count("select version from sanction where id = " + id), "the refused correction took no version");
    }

    @Test
    void citingIsBoundedAndTheBoundItselfIsAccepted() {
        String source = data("mutation { createSource(input: {title: \"Many accounts\", kind: ARTICLE}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
        String event = data("{ events(kind: INVASION) { id } }").getString("data.events[0].id");
        String cite = "mutation($id: ID!, $s: [CitationInput!]!) { cite(fact: EVENT, id: $id, sources: $s) { quote } }";
        long citations = count("select count(*) from citation");
        long statements = sql.statementsExecuted();

        JsonPath refused = response(cite, "{\"id\": \"" + event + "\", \"s\": " + jsonList(Bounds.CITATIONS + 1, BAD_CITATION) + "}",
                Tokens.editor());
        assertEquals("VALIDATION_FAILED", refused.getString("errors[0].extensions.code"));
        assertEquals(Map.of("sources", "TOO_MANY"), violationCodes(refused));
        assertThat(refused.getString("errors[0].extensions.violations[0].message"), containsString("at most " + Bounds.CITATIONS));
        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(citations, count("select count(*) from citation"));

        int before = data("query($id: ID!) { event(id: $id) { sources { quote } } }", "{\"id\": \"" + event + "\"}")
                .getList("data.event.sources").size();
        JsonPath cited = data(cite, "{\"id\": \"" + event + "\", \"s\": " + jsonList(Bounds.CITATIONS,
                "{\"source\": \"" + source + "\", \"quote\": \"One of many accounts.\"}") + "}", Tokens.editor());
        // The answer is the fact's newest citations, at most a page of them: the ones just added.
        List<String> answered = cited.getList("data.cite.quote");
        assertEquals(Math.min(before + Bounds.CITATIONS, PageRequest.MAX_SIZE), answered.size());
        assertEquals("One of many accounts.", answered.get(answered.size() - 1));
        assertEquals(citations + Bounds.CITATIONS, count("select count(*) from citation"));
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
