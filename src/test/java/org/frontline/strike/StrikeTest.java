package org.frontline.strike;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.frontline.Seed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StrikeTest {

    private static final String CITIES = "edges { node { region { name } } }";

    @Test
    void theZaporizhzhiaConvoyStrikeWithItsFiguresWeaponTargetAndDisputedAttribution() {
        JsonPath json = data("query($r: ID) { strikes(filter: {region: $r}) { totalCount edges { node { occurredOn weaponKind weapon target "
                + "killed killedQualifier injured injuredQualifier region { name } "
                + "casualtyReports { killed killedQualifier injured reportedBy reportedByActor { kind } sources { quote source { kind } } } "
                + "attributions { attributedTo { name } status claimedBy evidenceGiven sources { quote } } } } } }",
                "{\"r\": \"" + Seed.regionId("Zaporizhzhia Oblast") + "\"}");
        String strike = "data.strikes.edges[0].node.";
        assertEquals(1, json.getInt("data.strikes.totalCount"));
        assertEquals("2022-09-30", json.getString(strike + "occurredOn"));
        assertEquals("Zaporizhzhia", json.getString(strike + "region.name"));
        assertEquals("MISSILE", json.getString(strike + "weaponKind"));
        assertThat(json.getString(strike + "weapon"), containsString("anti-aircraft missiles"));
        assertThat(json.getString(strike + "target"), containsString("humanitarian convoy"));
        assertEquals(25, json.getInt(strike + "killed"));
        assertEquals("EXACT", json.getString(strike + "killedQualifier"));
        assertEquals(50, json.getInt(strike + "injured"));
        assertEquals("Office of the Prosecutor General of Ukraine", json.getString(strike + "casualtyReports[0].reportedBy"));
        assertEquals("GOVERNMENT_BODY", json.getString(strike + "casualtyReports[0].reportedByActor.kind"));
        // The article gives the figures; the background note ties them to this strike.
        assertThat(json.getList(strike + "casualtyReports[0].sources.source.kind"), containsInAnyOrder("ARTICLE", "EDITORIAL_NOTE"));

        List<Map<String, Object>> attributions = json.getList(strike + "attributions");
        Map<String, Object> againstUkraine = attributions.stream()
                .filter(a -> ((Map<?, ?>) a.get("attributedTo")).get("name").equals("Armed Forces of Ukraine")).findFirst().orElseThrow();
        assertEquals("DISPUTED", againstUkraine.get("status"));
        assertEquals(false, againstUkraine.get("evidenceGiven"));
        assertThat(againstUkraine.get("claimedBy").toString(), containsString("Russia-appointed"));
        assertThat(againstUkraine.get("sources").toString(), containsString("did not provide evidence"));
        assertThat(json.getList(strike + "attributions.attributedTo.name"), hasItem("Russia"));
    }

    @Test
    void dniproHasAtLeastOneKilledAndFiveInjuredPerItsGovernor() {
        JsonPath json = data("query($r: ID) { strikes(filter: {region: $r}) { edges { node { killed killedQualifier injured injuredQualifier casualtyReports { reportedBy } } } } }",
                "{\"r\": \"" + Seed.regionId("Dnipro") + "\"}");
        assertEquals(1, json.getInt("data.strikes.edges[0].node.killed"));
        assertEquals("AT_LEAST", json.getString("data.strikes.edges[0].node.killedQualifier"));
        assertEquals(5, json.getInt("data.strikes.edges[0].node.injured"));
        assertEquals("EXACT", json.getString("data.strikes.edges[0].node.injuredQualifier"));
        assertEquals("Valentin Reznichenko", json.getString("data.strikes.edges[0].node.casualtyReports[0].reportedBy"));
    }

    @Test
    void mykolaivAndOdesaWereHitByIranianSuppliedDronesSaysUkrainesAirForce() {
        JsonPath json = data("{ strikes(filter: {weaponKind: DRONE}) { totalCount edges { node { region { name } weapon weaponSupplier { name } "
                + "killed casualtyReports { killed } attributions { attributedTo { name } claimedBy } } } } }");
        assertEquals(2, json.getInt("data.strikes.totalCount"));
        assertThat(json.getList("data.strikes.edges.node.region.name"), containsInAnyOrder("Mykolaiv", "Odesa"));
        assertEquals(List.of("Iran", "Iran"), json.getList("data.strikes.edges.node.weaponSupplier.name"));
        assertNull(json.get("data.strikes.edges[0].node.killed"), "the article gives no figures");
        assertEquals(List.of("Ukrainian Air Force"), json.getList("data.strikes.edges[0].node.attributions.claimedBy"));
    }

    @Test
    void filtersNarrowTheList() {
        assertEquals(4, count("{}"));
        assertEquals(4, count("{region: \"" + Seed.regionId("Ukraine") + "\"}"));
        assertEquals(0, count("{region: \"" + Seed.regionId("Russia") + "\"}"));
        assertEquals(4, count("{from: \"2022-09-30\", to: \"2022-09-30\"}"));
        assertEquals(0, count("{from: \"2022-10-01\"}"));
        assertEquals(0, count("{to: \"2022-09-29\"}"));
        assertEquals(1, count("{weapon: \"anti-aircraft\"}"));
        assertEquals(2, count("{weapon: \"Iranian\"}"));
        assertEquals(1, count("{minKilled: 2}"));
        assertEquals(2, count("{minKilled: 1}"));
        assertEquals(1, count("{attributedTo: \"" + Seed.actorId("Armed Forces of Ukraine") + "\"}"));
        assertEquals(4, count("{attributedTo: \"" + Seed.actorId("Russia") + "\"}"));
        assertEquals(1, count("{attributionStatus: DISPUTED}"));
        assertEquals(3, count("{attributedTo: \"" + Seed.actorId("Russia") + "\", attributionStatus: CLAIMED}"));
        // A box around Dnipro (48.46 N, 35.05 E) holds the Dnipro strike alone.
        assertEquals(List.of("Dnipro"), data("{ strikes(filter: {within: {south: 48.3, west: 34.8, north: 48.6, east: 35.3}}) { " + CITIES + " } }")
                .getList("data.strikes.edges.node.region.name"));
        // Southern Ukraine: Mykolaiv, Odesa and Zaporizhzhia, not Dnipro.
        assertThat(data("{ strikes(filter: {within: {south: 46.0, west: 30.0, north: 48.0, east: 36.0}}) { " + CITIES + " } }")
                .getList("data.strikes.edges.node.region.name"), containsInAnyOrder("Mykolaiv", "Odesa", "Zaporizhzhia"));
    }

    @Test
    void ordersByKilled() {
        List<Object> killed = data("{ strikes(orderBy: MOST_KILLED) { edges { node { killed } } } }").getList("data.strikes.edges.node.killed");
        assertEquals(25, killed.get(0));
        assertEquals(1, killed.get(1));
        assertNull(killed.get(2));
        assertNull(killed.get(3));
    }

    @Test
    void totalsByOblastKeepTheirQualifiersHonest() {
        JsonPath json = data("query($u: ID) { strikeTotalsByRegion(within: $u) { regionName totals { strikes killed killedQualifier strikesWithoutKilledFigure injured injuredQualifier } } }",
                "{\"u\": \"" + Seed.regionId("Ukraine") + "\"}");
        Map<String, Map<String, Object>> byOblast = new java.util.HashMap<>();
        for (Map<String, Object> row : json.<Map<String, Object>>getList("data.strikeTotalsByRegion")) {
            byOblast.put((String) row.get("regionName"), (Map<String, Object>) row.get("totals"));
        }
        assertEquals(Map.of("strikes", 1, "killed", 25, "killedQualifier", "EXACT", "strikesWithoutKilledFigure", 0, "injured", 50,
                "injuredQualifier", "EXACT"), byOblast.get("Zaporizhzhia Oblast"));
        assertEquals("AT_LEAST", byOblast.get("Dnipropetrovsk Oblast").get("killedQualifier"));
        assertEquals(1, byOblast.get("Dnipropetrovsk Oblast").get("killed"));
        // No figures at all: zero, but only "at least" zero.
        assertEquals(0, byOblast.get("Mykolaiv Oblast").get("killed"));
        assertEquals("AT_LEAST", byOblast.get("Mykolaiv Oblast").get("killedQualifier"));
        assertEquals(0, byOblast.get("Donetsk Oblast").get("strikes"));
        assertFalse(byOblast.containsKey("Lyman"), "only Ukraine's direct children are totalled");
    }

    @Test
    void totalsByPeriodUnderTheSameFilters() {
        JsonPath month = data("{ strikeTotalsByPeriod(period: MONTH) { periodStart periodEnd totals { strikes killed killedQualifier injured } } }");
        assertEquals("2022-09-01", month.getString("data.strikeTotalsByPeriod[0].periodStart"));
        assertEquals("2022-09-30", month.getString("data.strikeTotalsByPeriod[0].periodEnd"));
        assertEquals(4, month.getInt("data.strikeTotalsByPeriod[0].totals.strikes"));
        assertEquals(26, month.getInt("data.strikeTotalsByPeriod[0].totals.killed"));
        assertEquals("AT_LEAST", month.getString("data.strikeTotalsByPeriod[0].totals.killedQualifier"));

        JsonPath week = data("{ strikeTotalsByPeriod(period: WEEK, filter: {weaponKind: MISSILE}) { periodStart periodEnd totals { strikes killed killedQualifier } } }");
        assertEquals("2022-09-26", week.getString("data.strikeTotalsByPeriod[0].periodStart"), "ISO weeks start on Monday");
        assertEquals("2022-10-02", week.getString("data.strikeTotalsByPeriod[0].periodEnd"));
        assertEquals(1, week.getInt("data.strikeTotalsByPeriod[0].totals.strikes"));
        assertEquals("EXACT", week.getString("data.strikeTotalsByPeriod[0].totals.killedQualifier"));

        assertEquals(List.of(), data("{ strikeTotalsByPeriod(period: DAY, filter: {from: \"2023-01-01\"}) { periodStart } }")
                .getList("data.strikeTotalsByPeriod"));
    }

    private static int count(String filter) {
        return data("{ strikes(filter: " + filter + ") { totalCount } }").getInt("data.strikes.totalCount");
    }
}
