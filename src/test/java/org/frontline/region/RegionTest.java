package org.frontline.region;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.frontline.Seed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RegionTest {

    @Test
    void theArticlesSpellingsFindTheirPlaces() {
        assertEquals(List.of("Lyman"), names("Liman"));
        assertThat(names("Odessa"), hasItem("Odesa"));
        assertThat(names("Zaporozhye"), hasItems("Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporizhzhia Nuclear Power Plant"));
        assertThat(names("Zaporizhia"), hasItems("Zaporizhzhia", "Zaporizhzhia Oblast"));
        assertThat(names("Donbass"), containsInAnyOrder("Donetsk Oblast", "Luhansk Oblast"));
    }

    @Test
    void lymanLiesInDonetskOblastWhichLiesInUkraineSaysTheBackgroundNote() {
        JsonPath json = data("query($id: ID!) { region(id: $id) { name kind latitude parent { name kind parent { name kind } } "
                + "sources { quote source { kind } } } }", "{\"id\": \"" + Seed.regionId("Lyman") + "\"}");
        assertEquals("CITY", json.getString("data.region.kind"));
        assertEquals("Donetsk Oblast", json.getString("data.region.parent.name"));
        assertEquals("Ukraine", json.getString("data.region.parent.parent.name"));
        assertEquals("COUNTRY", json.getString("data.region.parent.parent.kind"));
        assertThat(json.getList("data.region.sources.source.kind"), hasItems("ARTICLE", "EDITORIAL_NOTE"));
    }

    @Test
    void everyPlaceOfTheArticleIsThere() {
        List<String> all = data("{ regions(first: 100) { totalCount edges { node { name } } } }").getList("data.regions.edges.node.name");
        assertThat(all, hasItems("Ukraine", "Russia", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast",
                "Crimea", "Lyman", "Dnipro", "Mykolaiv", "Odesa", "Zaporizhzhia", "Kyiv", "Moscow", "Zaporizhzhia Nuclear Power Plant"));
    }

    @Test
    void nestedListsReadAtMostTheirFirstRowsInTheirOrder() {
        String ukraine = "{\"id\": \"" + Seed.regionId("Ukraine") + "\"}";
        List<String> all = data("query($id: ID!) { region(id: $id) { children { name } } }", ukraine).getList("data.region.children.name");
        assertThat(all.size() > 3, is(true));
        List<String> firstTwo = data("query($id: ID!) { region(id: $id) { children(first: 2) { name } sources(first: 1) { quote } } }",
                ukraine).getList("data.region.children.name");
        assertEquals(all.subList(0, 2), firstTwo);
        // The same bound where a list loads its rows' children with its page.
        List<List<String>> viaList = data("{ regions(filter: {name: \"Ukraine\", kind: COUNTRY}) { edges { node { children(first: 2) { name } "
                + "sources(first: 1) { quote } } } } }").getList("data.regions.edges.node.children.name");
        assertEquals(List.of(all.subList(0, 2)), viaList);
        assertEquals(1, data("query($id: ID!) { region(id: $id) { sources(first: 1) { quote } } }", ukraine)
                .getList("data.region.sources").size());
    }

    @Test
    void regionsByKindAndByParent() {
        List<String> oblasts = data("{ regions(filter: {kind: OBLAST}, first: 100) { edges { node { name } } } }")
                .getList("data.regions.edges.node.name");
        assertThat(oblasts, hasItems("Crimea", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast", "Zaporizhzhia Oblast"));
        assertThat(oblasts.contains("Lyman"), is(false));

        List<String> inZaporizhzhiaOblast = data("query($p: ID) { regions(filter: {parent: $p}) { edges { node { name } } } }",
                "{\"p\": \"" + Seed.regionId("Zaporizhzhia Oblast") + "\"}").getList("data.regions.edges.node.name");
        assertEquals(List.of("Zaporizhzhia", "Zaporizhzhia Nuclear Power Plant"), inZaporizhzhiaOblast);

        List<String> belowUkraine = data("query($p: ID) { regions(filter: {within: $p}, first: 100) { edges { node { name } } } }",
                "{\"p\": \"" + Seed.regionId("Ukraine") + "\"}").getList("data.regions.edges.node.name");
        assertThat(belowUkraine, hasItems("Lyman", "Donetsk Oblast", "Zaporizhzhia Nuclear Power Plant"));
        assertThat(belowUkraine.contains("Moscow") || belowUkraine.contains("Ukraine"), is(false));
    }

    @Test
    void whoHeldWhatIsAnsweredForAnyDate() {
        String russia = Seed.actorId("Russia");
        assertThat(heldBy(russia, "2022-09-30"), containsInAnyOrder("Crimea", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast",
                "Zaporizhzhia Oblast", "Zaporizhzhia Nuclear Power Plant", "Lyman"));
        // Before the invasion the record has Russia holding Crimea only.
        assertEquals(List.of("Crimea"), heldBy(russia, "2021-06-01"));
        assertEquals(List.of(), heldBy(russia, "2013-12-31"));
    }

    @Test
    void donetskOblastWasHeldInPartsOnThirtiethSeptember() {
        JsonPath json = data("query($id: ID!) { region(id: $id) { controlledBy(on: \"2022-09-30\") { controller { name } extent sharePercent validFrom validFromPrecision sources { quote } } } }",
                "{\"id\": \"" + Seed.regionId("Donetsk Oblast") + "\"}");
        List<Map<String, Object>> holders = json.getList("data.region.controlledBy");
        Map<String, Object> russia = holders.stream().filter(h -> ((Map<?, ?>) h.get("controller")).get("name").equals("Russia"))
                .findFirst().orElseThrow();
        assertEquals(60.0, ((Number) russia.get("sharePercent")).doubleValue());
        assertThat(json.getList("data.region.controlledBy.controller.name"),
                containsInAnyOrder("Russia", "Ukraine", "Donetsk People's Republic"));
        assertThat(json.getList("data.region.controlledBy.sources.quote").toString(),
                containsString("about 60% of Donetsk Oblast"));
    }

    @Test
    void russiasClaimsAndTheirRejection() {
        String russia = Seed.actorId("Russia");
        JsonPath json = data("query($r: ID) { regions(filter: {claimedBy: $r, on: \"2022-09-30\"}) { edges { node { name } } } }",
                "{\"r\": \"" + russia + "\"}");
        assertThat(json.getList("data.regions.edges.node.name"), containsInAnyOrder("Crimea", "Donetsk Oblast", "Luhansk Oblast",
                "Kherson Oblast", "Zaporizhzhia Oblast", "Ukraine"));
        // The accession treaties were signed on the 30th: the day before, only Crimea was claimed.
        assertEquals(List.of("Crimea"), data("query($r: ID) { regions(filter: {claimedBy: $r, on: \"2022-09-29\"}) { edges { node { name } } } }",
                "{\"r\": \"" + russia + "\"}").getList("data.regions.edges.node.name"));

        JsonPath kherson = data("query($id: ID!) { region(id: $id) { claims(on: \"2022-09-30\") { claimant { name } claimedFrom basis responses { actor { name } stance sources { quote } } } } }",
                "{\"id\": \"" + Seed.regionId("Kherson Oblast") + "\"}");
        assertEquals("Russia", kherson.getString("data.region.claims[0].claimant.name"));
        assertEquals("2022-09-30", kherson.getString("data.region.claims[0].claimedFrom"));
        assertThat(kherson.getList("data.region.claims[0].responses.actor.name"),
                containsInAnyOrder("European Union", "United States", "NATO", "Ukraine"));
        assertThat(kherson.getList("data.region.claims[0].responses.stance"), everyItem(is("REJECTS")));
    }

    @Test
    void russiaClaimsAboutFifteenPercentOfUkraine() {
        JsonPath json = data("query($id: ID!) { region(id: $id) { claims { claimant { name } sharePercent sources { quote } } } }",
                "{\"id\": \"" + Seed.regionId("Ukraine") + "\"}");
        assertEquals(15.0, json.getDouble("data.region.claims[0].sharePercent"));
        assertThat(json.getList("data.region.claims[0].sources.quote").toString(),
                containsString("15 percent of the country"));
    }

    @Test
    void aRegionsStrikesAndTotalsIncludeItsSubRegions() {
        JsonPath json = data("query($id: ID!) { region(id: $id) { strikes { occurredOn region { name } killed } strikeTotals { strikes killed killedQualifier injured injuredQualifier } } }",
                "{\"id\": \"" + Seed.regionId("Zaporizhzhia Oblast") + "\"}");
        assertEquals("Zaporizhzhia", json.getString("data.region.strikes[0].region.name"));
        assertEquals(25, json.getInt("data.region.strikeTotals.killed"));
        assertEquals("EXACT", json.getString("data.region.strikeTotals.killedQualifier"));
        assertEquals(50, json.getInt("data.region.strikeTotals.injured"));

        JsonPath ukraine = data("query($id: ID!) { region(id: $id) { strikeTotals { strikes killed killedQualifier strikesWithoutKilledFigure injured injuredQualifier } } }",
                "{\"id\": \"" + Seed.regionId("Ukraine") + "\"}");
        assertEquals(4, ukraine.getInt("data.region.strikeTotals.strikes"));
        // 25 + "at least 1" + two strikes with no figure: the sum is itself "at least 26".
        assertEquals(26, ukraine.getInt("data.region.strikeTotals.killed"));
        assertEquals("AT_LEAST", ukraine.getString("data.region.strikeTotals.killedQualifier"));
        assertEquals(2, ukraine.getInt("data.region.strikeTotals.strikesWithoutKilledFigure"));
        assertEquals(55, ukraine.getInt("data.region.strikeTotals.injured"));
    }

    @Test
    void europesLargestNuclearPowerPlantIsHeldByRussia() {
        JsonPath json = data("{ regions(filter: {name: \"Europe's largest nuclear power plant\"}) { edges { node { name kind parent { name } controlledBy(on: \"2022-09-30\") { controller { name } extent } } } } }");
        assertEquals("Zaporizhzhia Nuclear Power Plant", json.getString("data.regions.edges[0].node.name"));
        assertEquals("FACILITY", json.getString("data.regions.edges[0].node.kind"));
        assertEquals("Zaporizhzhia Oblast", json.getString("data.regions.edges[0].node.parent.name"));
        assertEquals("Russia", json.getString("data.regions.edges[0].node.controlledBy[0].controller.name"));
        assertEquals("FULL", json.getString("data.regions.edges[0].node.controlledBy[0].extent"));
    }

    private static List<String> names(String search) {
        return data("query($name: String) { regions(filter: {name: $name}, first: 100) { edges { node { name } } } }",
                "{\"name\": \"" + search + "\"}").getList("data.regions.edges.node.name");
    }

    private static List<String> heldBy(String actor, String on) {
        return data("query($a: ID, $on: Date) { regions(filter: {controlledBy: $a, on: $on}, first: 100) { edges { node { name } } } }",
                "{\"a\": \"" + actor + "\", \"on\": \"" + on + "\"}").getList("data.regions.edges.node.name");
    }
}
