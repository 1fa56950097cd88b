package org.frontline.graphql;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.db.Sql;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The suite's core answers on the seed, asserted as concrete values, so that the service gives
 * exactly them with this package's SmallRye-dependent pieces on ({@link SmallRyeInternalsOnTest})
 * and switched off ({@link SmallRyeInternalsOffTest}). The queries are the README's three "Asking
 * it" questions and the three lists with the batched fields they prefetch.
 */
abstract class CoreAnswers {

    private static final String ZAPORIZHZHIA_STRIKES = "{ regions(filter: {name: \"Zaporozhye\", kind: OBLAST}) { edges { node { "
            + "name parent { name } strikeTotals { strikes killed killedQualifier } strikes { occurredOn weapon killed killedQualifier "
            + "injured region { name } attributions { attributedTo { name } status claimedBy evidenceGiven } "
            + "sources { quote source { title } } } } } } }";

    @Inject
    Sql sql;

    /** Whether this run's profile leaves the pieces on. */
    private final boolean internalsOn;

    CoreAnswers(boolean internalsOn) {
        this.internalsOn = internalsOn;
    }

    @Test
    void theSwitchesDecideWhetherThePlainFetchersAndThePrefetchServe() {
        long plainBefore = PlainFieldFetcher.served();
        long prefetchBefore = PrefetchedOrBatchedFetcher.served();
        long statementsBefore = sql.statementsExecuted();
        data(ZAPORIZHZHIA_STRIKES);
        long plain = PlainFieldFetcher.served() - plainBefore;
        long prefetched = PrefetchedOrBatchedFetcher.served() - prefetchBefore;
        long statements = sql.statementsExecuted() - statementsBefore;
        // The same statements either way: the page, the oblast's parent, totals and strikes, and the
        // strikes' region, attributions and sources. On, the list loads the oblast's three itself;
        // off, it must not load them as well as the batched resolvers (that would be 10).
        assertEquals(7, statements, "SQL statements");
        if (internalsOn) {
            assertTrue(plain > 0, "plain fields read by PlainFieldFetcher: " + plain);
            // The oblast's parent, totals and strikes.
            assertEquals(3, prefetched, "batched fields served from the prefetch");
        } else {
            assertEquals(0, plain, "plain fields read by PlainFieldFetcher");
            assertEquals(0, prefetched, "batched fields served from the prefetch");
        }
    }

    @Test
    void whatHitZaporizhzhiaOblastAndSaysWho() {
        JsonPath json = data(ZAPORIZHZHIA_STRIKES);
        assertEquals(1, json.getList("data.regions.edges").size());
        String oblast = "data.regions.edges[0].node.";
        assertEquals("Zaporizhzhia Oblast", json.getString(oblast + "name"));
        assertEquals("Ukraine", json.getString(oblast + "parent.name"));
        assertEquals(Map.of("strikes", 1, "killed", 25, "killedQualifier", "EXACT"), json.getMap(oblast + "strikeTotals"));
        assertEquals(1, json.getList(oblast + "strikes").size());
        String strike = oblast + "strikes[0].";
        assertEquals("2022-09-30", json.getString(strike + "occurredOn"));
        assertEquals("anti-aircraft missiles repurposed for ground attack", json.getString(strike + "weapon"));
        assertEquals(List.of(25, "EXACT", 50), List.of(json.getInt(strike + "killed"), json.getString(strike + "killedQualifier"),
                json.getInt(strike + "injured")));
        assertEquals("Zaporizhzhia", json.getString(strike + "region.name"));
        assertEquals(List.of(
                attribution("Russia", "DISPUTED", "Kirill Tymoshenko", null),
                attribution("Russia", "DISPUTED", "Office of the Prosecutor General of Ukraine", null),
                attribution("Armed Forces of Ukraine", "DISPUTED", "Russia-appointed administration of Zaporizhzhia Oblast", false)),
                json.getList(strike + "attributions"));
        assertEquals(List.of("Frontline editors' background note to the seed article",
                "Putin annexes four Ukrainian regions; Zelensky applies to join NATO (untitled report)",
                "Putin annexes four Ukrainian regions; Zelensky applies to join NATO (untitled report)"),
                json.getList(strike + "sources.source.title"));
        assertEquals("The impact left deep craters and shrapnel tore apart the humanitarian convoy, killing its passengers.",
                json.getString(strike + "sources[1].quote"));
    }

    @Test
    void whoHeldDonetskOblastOnTheDayOfTheAnnexation() {
        JsonPath json = data("{ regions(filter: {name: \"Donetsk\"}) { edges { node { name "
                + "controlledBy(on: \"2022-09-30\") { controller { name } extent sharePercent } } } } }");
        assertEquals(1, json.getList("data.regions.edges").size());
        assertEquals("Donetsk Oblast", json.getString("data.regions.edges[0].node.name"));
        assertEquals(List.of(control("Donetsk People's Republic", "PART", null), control("Ukraine", "PART", null),
                control("Russia", "MOST", 60f)), json.getList("data.regions.edges[0].node.controlledBy"));
    }

    @Test
    void strikesKilledAndInjuredByOblast() {
        List<Map<String, Object>> rows = data("{ strikeTotalsByRegion(within: \"1\") { regionName "
                + "totals { strikes killed killedQualifier injured injuredQualifier } } }").getList("data.strikeTotalsByRegion");
        Map<String, Object> byName = new HashMap<>();
        for (Map<String, Object> row : rows) {
            byName.put((String) row.get("regionName"), row.get("totals"));
        }
        assertEquals(totals(1, 1, "AT_LEAST", 5, "EXACT"), byName.get("Dnipropetrovsk Oblast"));
        assertEquals(totals(1, 0, "AT_LEAST", 0, "AT_LEAST"), byName.get("Mykolaiv Oblast"));
        assertEquals(totals(1, 0, "AT_LEAST", 0, "AT_LEAST"), byName.get("Odesa Oblast"));
        assertEquals(totals(1, 25, "EXACT", 50, "EXACT"), byName.get("Zaporizhzhia Oblast"));
        assertEquals(totals(0, 0, "EXACT", 0, "EXACT"), byName.get("Donetsk Oblast"));
    }

    @Test
    void theStrikesListWithItsStrikesBatchedFields() {
        List<Map<String, Object>> strikes = data("{ strikes(first: 20) { edges { node { occurredOn killed region { name } "
                + "attributions { claimedBy } sources { quote } } } } }").getList("data.strikes.edges.node");
        Map<String, Object> convoy = strikes.stream().filter(node -> Integer.valueOf(25).equals(node.get("killed"))).findFirst().orElseThrow();
        assertEquals("2022-09-30", convoy.get("occurredOn"));
        assertEquals(Map.of("name", "Zaporizhzhia"), convoy.get("region"));
        assertEquals(3, ((List<?>) convoy.get("attributions")).size());
        assertEquals(3, ((List<?>) convoy.get("sources")).size());
        assertEquals(strikes.size(), strikes.stream().filter(node -> node.get("region") != null).count(), "every strike's region");
    }

    @Test
    void theSanctionsListWithItsTargetsAndSources() {
        List<Map<String, Object>> sanctions = data("{ sanctions(first: 20) { edges { node { title "
                + "targets { name kind leader { name } } sources { quote } } } } }").getList("data.sanctions.edges.node");
        Map<String, Object> us = sanctions.stream()
                .filter(node -> "US sanctions over the annexation of four Ukrainian regions".equals(node.get("title"))).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("name", "Elvira Nabiullina", "kind", "PERSON", "leader", Map.of("name", "Elvira Nabiullina"))),
                us.get("targets"));
        assertEquals(2, ((List<?>) us.get("sources")).size());
    }

    private static Map<String, Object> attribution(String attributedTo, String status, String claimedBy, Boolean evidenceGiven) {
        Map<String, Object> attribution = new HashMap<>();
        attribution.put("attributedTo", Map.of("name", attributedTo));
        attribution.put("status", status);
        attribution.put("claimedBy", claimedBy);
        attribution.put("evidenceGiven", evidenceGiven);
        return attribution;
    }

    private static Map<String, Object> control(String controller, String extent, Float sharePercent) {
        Map<String, Object> control = new HashMap<>();
        control.put("controller", Map.of("name", controller));
        control.put("extent", extent);
        control.put("sharePercent", sharePercent);
        return control;
    }

    private static Map<String, Object> totals(int strikes, int killed, String killedQualifier, int injured, String injuredQualifier) {
        return Map.of("strikes", strikes, "killed", killed, "killedQualifier", killedQualifier, "injured", injured,
                "injuredQualifier", injuredQualifier);
    }
}
