package org.frontline.leader;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.frontline.Seed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LeaderTest {

    @Test
    void everyLeaderOfTheArticleIsListedInNameOrder() {
        JsonPath json = data("{ leaders(first: 100) { totalCount edges { node { name } } } }");
        assertEquals(8, json.getInt("data.leaders.totalCount"));
        assertThat(json.getList("data.leaders.edges.node.name"), contains("Denis Pushilin", "Elvira Nabiullina",
                "Jens Stoltenberg", "Joe Biden", "Kirill Tymoshenko", "Valentin Reznichenko", "Vladimir Putin",
                "Volodymyr Zelensky"));
    }

    @Test
    void theArticlesSpellingsFindTheirPeople() {
        assertEquals(List.of("Volodymyr Zelensky"), names("Vladimir Zelensky"));
        assertEquals(List.of("Volodymyr Zelensky"), names("Zelenskyy"));
        assertEquals(List.of("Denis Pushilin"), names("Pushylin"));
        assertEquals(List.of("Valentin Reznichenko"), names("Valentyn Reznichenko"));
        // Trigram similarity catches a spelling the record does not hold.
        assertEquals(List.of("Jens Stoltenberg"), names("Stoltenburg"));
    }

    @Test
    void leadersByRoleAndByTheStateTheyActFor() {
        List<String> presidents = data("{ leaders(filter: {role: \"President of\"}) { edges { node { name } } } }")
                .getList("data.leaders.edges.node.name");
        assertThat(presidents, hasItems("Vladimir Putin", "Volodymyr Zelensky", "Joe Biden"));

        String nato = Seed.actorId("NATO");
        JsonPath json = data("query($nato: ID) { leaders(filter: {actingFor: $nato}) { edges { node { name positions { title actingFor { name kind } } } } } }",
                "{\"nato\": \"" + nato + "\"}");
        assertEquals(List.of("Jens Stoltenberg"), json.getList("data.leaders.edges.node.name"));
        assertEquals("Secretary General of NATO", json.getString("data.leaders.edges[0].node.positions[0].title"));
        assertEquals("ORGANISATION", json.getString("data.leaders.edges[0].node.positions[0].actingFor.kind"));
    }

    @Test
    void putinsTwentyTwoYearRuleIsDatedToTheYearWithItsSentence() {
        JsonPath json = data("query($id: ID!) { leader(id: $id) { name names positions { title actingFor { name } since sincePrecision until sources { quote source { kind } } } } }",
                "{\"id\": \"" + Seed.leaderId("Putin") + "\"}");
        assertEquals("President of Russia", json.getString("data.leader.positions[0].title"));
        assertEquals("Russia", json.getString("data.leader.positions[0].actingFor.name"));
        assertEquals("2000-01-01", json.getString("data.leader.positions[0].since"));
        assertEquals("YEAR", json.getString("data.leader.positions[0].sincePrecision"));
        List<String> quotes = json.getList("data.leader.positions[0].sources.quote");
        assertThat(quotes.toString(), quotes.stream().anyMatch(quote -> quote.contains("22-year rule")));
    }

    @Test
    void theCentralBanksHeadIsNamedByTheBackgroundNoteAndSanctionedByTheUs() {
        JsonPath json = data("{ leaders(filter: {role: \"Central Bank\"}) { edges { node { name positions { actingFor { name } } "
                + "sanctions { authority { name } announcedOn } sources { source { kind } } } } } }");
        assertEquals("Elvira Nabiullina", json.getString("data.leaders.edges[0].node.name"));
        assertEquals("Central Bank of Russia", json.getString("data.leaders.edges[0].node.positions[0].actingFor.name"));
        assertEquals("United States", json.getString("data.leaders.edges[0].node.sanctions[0].authority.name"));
        assertEquals("2022-09-30", json.getString("data.leaders.edges[0].node.sanctions[0].announcedOn"));
        // Her name comes from the note, never from the article, which does not name her.
        assertThat(json.getList("data.leaders.edges[0].node.sources.source.kind"), hasItem("EDITORIAL_NOTE"));
    }

    @Test
    void reportersAndClaimantsAreLinkedBackToTheirLeaders() {
        JsonPath json = data("{ strikes(filter: {minKilled: 1}, orderBy: MOST_KILLED) { edges { node { casualtyReports { reportedBy reportedByLeader { name names } } } } } }");
        assertEquals("Valentin Reznichenko", json.getString("data.strikes.edges[1].node.casualtyReports[0].reportedBy"));
        assertThat(json.getList("data.strikes.edges[1].node.casualtyReports[0].reportedByLeader.names"),
                hasItems("Valentin Reznichenko", "Valentyn Reznichenko"));
    }

    private static List<String> names(String search) {
        return data("query($name: String) { leaders(filter: {name: $name}) { edges { node { name } } } }",
                "{\"name\": \"" + search + "\"}").getList("data.leaders.edges.node.name");
    }
}
