package org.frontline.sanction;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(Writes.class)
class SanctionMutationTest {

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
}
