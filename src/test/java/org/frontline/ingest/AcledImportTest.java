package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An ACLED-style file (src/test/resources/ingest/acled.csv: spelling variants of Zaporizhzhia, a
 * duplicate event, malformed rows) imported into the seed: first as a dry run, then for real, then
 * again unchanged, then corrected. The steps build on each other, so they run in order.
 */
@QuarkusTest
@TestProfile(Imported.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcledImportTest {

    private static final String HISTORY = "select count(*) from history";
    private static final String STRIKES = "select count(*) from strike";

    @Inject
    Importer importer;

    @Inject
    DataSource data;

    @Test
    @Order(1)
    void aDryRunReportsWhatItWouldDoAndWritesNothing() throws Exception {
        long history = Imported.count(data, HISTORY), strikes = Imported.count(data, STRIKES),
                regions = Imported.count(data, "select count(*) from region"), sources = Imported.count(data, "select count(*) from source");
        ImportReport report = Imported.fixture(importer, "acled", "acled.csv", true);
        assertEquals(List.of(4L, 0L, 0L, 6L), List.of(report.added(), report.changed(), report.unchanged(), report.refused()), report.text());
        assertTrue(report.dryRun());
        assertEquals(history, Imported.count(data, HISTORY));
        assertEquals(strikes, Imported.count(data, STRIKES));
        assertEquals(regions, Imported.count(data, "select count(*) from region"));
        assertEquals(sources, Imported.count(data, "select count(*) from source"));
    }

    @Test
    @Order(2)
    void eachBadRowIsRefusedWithItsLineAndReasonAndTheRestImport() throws Exception {
        ImportReport report = Imported.fixture(importer, "acled", "acled.csv", false);
        assertEquals(List.of(10L, 4L, 0L, 0L, 6L),
                List.of(report.rows(), report.added(), report.changed(), report.unchanged(), report.refused()), report.text());
        Map<Long, String> refused = report.refusals().stream()
                .collect(Collectors.toMap(ImportReport.Refusal::line, ImportReport.Refusal::reason));
        assertEquals(List.of(6L, 7L, 8L, 9L, 10L, 11L), refused.keySet().stream().sorted().toList(), report.text());
        assertTrue(refused.get(6L).contains("event_date \"2022-13-45\" is not a date"), refused.get(6L));
        assertTrue(refused.get(7L).contains("latitude 95.5 is out of range"), refused.get(7L));
        assertTrue(refused.get(8L).contains("fatalities \"many\" is not a whole number"), refused.get(8L));
        assertTrue(refused.get(9L).contains("event UKR1001 is given again (first at line 2)"), refused.get(9L));
        assertTrue(refused.get(10L).contains("\"Battles\" is not a strike"), refused.get(10L));
        assertTrue(refused.get(11L).contains("the row has 7 fields where the header has 20"), refused.get(11L));
        assertEquals(4, Imported.count(data, "select count(*) from external_key where dataset = 'acled' and external_id like 'UKR100_'"));
    }

    @Test
    @Order(3)
    void spellingVariantsFindTheRegionTheRecordHoldsAndMissingOnesAreMadeUnderTheirParents() throws Exception {
        // "Zaporizhia" (admin1) and "Zaporozhye" (location) are the seed's oblast and city.
        assertEquals("Zaporizhzhia", strikeRegion("UKR1001"));
        assertEquals("Zaporizhzhia Oblast", Imported.text(data, "select p.name from region r join region p on p.id = r.parent_id"
                + " where r.id = (select region_id from strike where id = (select fact_id from external_key where external_id = 'UKR1001'))"));
        // Balabyne is new: a settlement under a new hromada, under a new raion, under the seed's oblast.
        assertEquals("Balabyne < Balabynska < Zaporizkyi < Zaporizhzhia Oblast < Ukraine", chain("UKR1002"));
        assertEquals("Kharkiv < Kharkivska < Kharkivskyi < Kharkiv < Ukraine", chain("UKR1003"));
        assertEquals(1, Imported.count(data, "select count(*) from region where name = 'Zaporizkyi'"));
        // The quoted field keeps its comma, its doubled quotes and its line break.
        assertEquals("Artillery hit a residential street; the governor said \"two were wounded\",\nand one was killed.",
                Imported.text(data, "select description from strike where id = (select fact_id from external_key where external_id = 'UKR1003')"));
    }

    @Test
    @Order(4)
    void eachFactCitesTheFileAndItsLineAndTheSourceTheRowNames() throws Exception {
        String strike = "(select fact_id from external_key where external_id = 'UKR1001')";
        assertEquals("Line 2 of acled.csv, event UKR1001: On 30 September 2022, Russian forces hit a humanitarian convoy with"
                + " S-300 missiles in Zaporizhzhia city, killing 25 civilians.", Imported.text(data,
                "select c.quote from citation c join source s on s.id = c.source_id where s.kind = 'DATASET' and c.strike_id = " + strike));
        assertEquals("Prosecutor General of Ukraine", Imported.text(data,
                "select s.title from citation c join source s on s.id = c.source_id where s.kind = 'OTHER' and c.strike_id = " + strike));
        assertEquals("25 AT_LEAST MISSILE", Imported.text(data,
                "select killed || ' ' || killed_qualifier || ' ' || weapon_kind from strike where id = " + strike));
        assertEquals("Military Forces of Russia (2000-) CLAIMED Prosecutor General of Ukraine", Imported.text(data,
                "select a.name || ' ' || t.status || ' ' || s.title from attribution t join actor a on a.id = t.actor_id"
                        + " join citation c on c.attribution_id = t.id join source s on s.id = c.source_id where t.strike_id = " + strike));
        assertEquals(1, Imported.count(data, "select count(*) from casualty_report r join citation c on c.casualty_report_id = r.id"
                + " where r.strike_id = " + strike));
        // Every new fact has its CREATE in the history, by the importing user.
        assertEquals(1, Imported.count(data, "select count(*) from history where fact_kind = 'STRIKE' and action = 'CREATE'"
                + " and changed_by = 'test-editor' and fact_id = " + strike));
        // The commit is in the commit log, so live readers see the new strikes, and the run is recorded.
        assertEquals(1, Imported.count(data, "select count(*) from commit_log cl join history h on h.tx = cl.tx"
                + " where h.fact_kind = 'STRIKE' and h.action = 'CREATE' and h.fact_id = " + strike));
        assertEquals(1, Imported.count(data, "select count(*) from import_run where imported_by = 'test-editor' and added = 4"));
        // The region totals took the new strikes.
        assertEquals(Imported.count(data, "select count(*) from strike s where s.retired_at is null and s.region_id in"
                + " (select region_and_descendants(id) from region where name = 'Zaporizhzhia Oblast')"),
                Imported.count(data, "select sum(strikes) from strike_month_totals where region_id = (select id from region where name = 'Zaporizhzhia Oblast')"));
    }

    @Test
    @Order(5)
    void importingTheSameFileAgainChangesNothing() throws Exception {
        long history = Imported.count(data, HISTORY), sources = Imported.count(data, "select count(*) from source");
        ImportReport report = Imported.fixture(importer, "acled", "acled.csv", false);
        assertEquals(List.of(0L, 0L, 4L, 6L), List.of(report.added(), report.changed(), report.unchanged(), report.refused()), report.text());
        assertEquals(history, Imported.count(data, HISTORY));
        assertEquals(sources, Imported.count(data, "select count(*) from source"));
    }

    @Test
    @Order(6)
    void aCorrectedFileChangesOnlyTheChangedRowsThroughTheHistoryWithTheFileAsSource() throws Exception {
        long untouched = Imported.count(data, "select count(*) from history where fact_id = (select fact_id from external_key where external_id = 'UKR1001')");
        ImportReport dry = Imported.fixture(importer, "acled", "acled-corrected.csv", true);
        assertEquals(List.of(0L, 2L, 2L), List.of(dry.added(), dry.changed(), dry.unchanged()), dry.text());
        long history = Imported.count(data, HISTORY);
        ImportReport report = Imported.fixture(importer, "acled", "acled-corrected.csv", false);
        assertEquals(List.of(0L, 2L, 2L, 6L), List.of(report.added(), report.changed(), report.unchanged(), report.refused()), report.text());
        assertTrue(Imported.count(data, HISTORY) > history);
        assertEquals(untouched, Imported.count(data, "select count(*) from history where fact_id = (select fact_id from external_key where external_id = 'UKR1001')"));
        String balabyne = "(select fact_id from external_key where external_id = 'UKR1002')";
        assertEquals("4", Imported.text(data, "select killed from strike where id = " + balabyne));
        // The report changed as an editor's correction changes it: an UPDATE with before and after...
        assertEquals("3 -> 4", Imported.text(data, "select (before ->> 'killed') || ' -> ' || (after ->> 'killed') from history"
                + " where fact_kind = 'CASUALTY_REPORT' and action = 'UPDATE' and changed_by = 'test-editor'"
                + " and fact_id = (select report_ids[1] from external_key where external_id = 'UKR1002')"));
        // ...and the strike cites the corrected file as the source of the correction.
        assertEquals("acled-corrected.csv", Imported.text(data, "select s.title from history h join source s on s.id = (h.after ->> 'source_id')::bigint"
                + " where h.fact_kind = 'STRIKE' and h.action = 'CITE' and h.fact_id = " + balabyne + " order by h.id desc limit 1")
                .replace("ACLED file ", ""));
        assertTrue(Imported.text(data, "select description from strike where id = (select fact_id from external_key where external_id = 'UKR1003')")
                .endsWith("killed in the evening."));
        // Importing the corrected file again changes nothing more.
        long after = Imported.count(data, HISTORY);
        ImportReport again = Imported.fixture(importer, "acled", "acled-corrected.csv", false);
        assertEquals(List.of(0L, 0L, 4L), List.of(again.added(), again.changed(), again.unchanged()), again.text());
        assertEquals(after, Imported.count(data, HISTORY));
    }

    private String strikeRegion(String event) throws Exception {
        return Imported.text(data, "select r.name from strike s join region r on r.id = s.region_id"
                + " where s.id = (select fact_id from external_key where external_id = '" + event + "')");
    }

    private String chain(String event) throws Exception {
        return Imported.text(data, "select string_agg(r.name, ' < ' order by a.n) from strike s"
                + " cross join lateral region_and_ancestors(s.region_id) with ordinality as a(id, n) join region r on r.id = a.id"
                + " where s.id = (select fact_id from external_key where external_id = '" + event + "')");
    }
}
