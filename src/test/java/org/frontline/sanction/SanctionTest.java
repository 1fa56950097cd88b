package org.frontline.sanction;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.frontline.Seed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SanctionTest {

    @Test
    void theUsPackageOfThirtiethSeptemberKeepsItsStatedCount() {
        JsonPath json = data("{ sanctions { totalCount edges { node { title authority { name kind } announcedOn liftedOn statedTargetCount "
                + "statedTargetCountQualifier statedTargetDescription targets { name kind leader { name } sources { source { kind } } } "
                + "sources { quote source { kind } } } } } }");
        String sanction = "data.sanctions.edges[0].node.";
        assertEquals(1, json.getInt("data.sanctions.totalCount"));
        assertEquals("United States", json.getString(sanction + "authority.name"));
        assertEquals("2022-09-30", json.getString(sanction + "announcedOn"));
        assertNull(json.get(sanction + "liftedOn"));
        assertEquals(1000, json.getInt(sanction + "statedTargetCount"));
        assertEquals("MORE_THAN", json.getString(sanction + "statedTargetCountQualifier"));
        assertThat(json.getString(sanction + "statedTargetDescription"), containsString("people and firms"));
        assertEquals("Elvira Nabiullina", json.getString(sanction + "targets[0].leader.name"));
        assertEquals("PERSON", json.getString(sanction + "targets[0].kind"));
        // The article states the package; the note dates it.
        assertThat(json.getList(sanction + "sources.source.kind"), containsInAnyOrder("ARTICLE", "EDITORIAL_NOTE"));
        assertThat(json.getList(sanction + "sources.quote").toString(), containsString("more than 1,000 people and firms"));
    }

    @Test
    void aTargetsLeaderIsReadWhereverAnyAliasAsksForIt() {
        // Targets are read without their leaders and actors unless the request asks for them; a
        // batched field loads once for all its aliases, so one alias asking is enough for both.
        String targets = "data.sanctions.edges[0].node.";
        JsonPath plain = data("{ sanctions { edges { node { targets { name kind } } } } }");
        assertEquals("Elvira Nabiullina", plain.getString(targets + "targets[0].name"));
        JsonPath aliased = data("{ sanctions { edges { node { names: targets { name } people: targets { ...Person } } } } }"
                + " fragment Person on SanctionTarget { name leader { name } actor { name } }");
        assertEquals("Elvira Nabiullina", aliased.getString(targets + "people[0].leader.name"));
        assertEquals("Elvira Nabiullina", aliased.getString(targets + "names[0].name"));
        JsonPath nested = data("{ sanctions { edges { node { ... on Sanction { targets { ... on SanctionTarget { leader { names } } } } } } } }");
        assertThat(nested.getList(targets + "targets[0].leader.names").toString(), containsString("Nabiullina"));
    }

    @Test
    void filtersByAuthorityTargetAndDate() {
        assertEquals(1, count("{authority: \"" + Seed.actorId("United States") + "\"}"));
        assertEquals(0, count("{authority: \"" + Seed.actorId("European Union") + "\"}"));
        assertEquals(1, count("{target: \"" + Seed.leaderId("Nabiullina") + "\"}"));
        assertEquals(0, count("{target: \"" + Seed.leaderId("Zelensky") + "\"}"));
        assertEquals(1, count("{targetName: \"Nabiulina\"}"));
        assertEquals(1, count("{from: \"2022-09-30\", to: \"2022-09-30\"}"));
        assertEquals(0, count("{from: \"2022-10-01\"}"));
    }

    @Test
    void theEusRefusalToRecogniseIsADeclarationNotASanction() {
        String eu = Seed.actorId("European Union");
        assertEquals(0, count("{authority: \"" + eu + "\"}"));
        JsonPath json = data("query($id: ID!) { region(id: $id) { claims(on: \"2022-09-30\") { claimant { name } responses { actor { name } stance sources { quote } } } } }",
                "{\"id\": \"" + Seed.regionId("Luhansk Oblast") + "\"}");
        assertThat(json.getString("data.region.claims.find { it.claimant.name == 'Russia' }.responses.find { it.actor.name == 'European Union' }.sources.quote"),
                containsString("27 member states"));
    }

    private static int count(String filter) {
        return data("{ sanctions(filter: " + filter + ") { totalCount } }").getInt("data.sanctions.totalCount");
    }
}
