package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A UCDP GED-style file (src/test/resources/ingest/ucdp.csv) after an ACLED row of the same strike
 * with another figure (acled-ucdp-pair.csv): best, low and high are three reports, joined to the
 * strike ACLED made beside ACLED's own figure; a UCDP event no other data set has is a new strike.
 */
@QuarkusTest
@TestProfile(Imported.Profile.class)
class UcdpImportTest {

    @Inject
    Importer importer;

    @Inject
    DataSource data;

    @Test
    void bestLowAndHighAreKeptBesideAcledsFigureOfTheSameStrikeAndNeverCollapsed() throws Exception {
        Imported.fixture(importer, "acled", "acled-ucdp-pair.csv", false);
        ImportReport report = Imported.fixture(importer, "ucdp", "ucdp.csv", false);
        assertEquals(List.of(5L, 2L, 1L, 0L, 0L, 3L), List.of(report.rows(), report.added(), report.joined(), report.changed(),
                report.unchanged(), report.refused()), report.text());
        assertEquals(List.of(4L, 5L, 6L), report.refusals().stream().map(ImportReport.Refusal::line).toList(), report.text());
        assertTrue(report.refusals().get(0).reason().contains("best \"a few\" is not a whole number"), report.text());
        assertTrue(report.refusals().get(1).reason().contains("where_prec \"9\" is not a precision from 1 to 7"), report.text());
        assertTrue(report.refusals().get(2).reason().contains("not in order: low 2, best 1, high 3"), report.text());

        String strike = "(select fact_id from external_key where dataset = 'acled' and external_id = 'UKR2001')";
        // The UCDP event is the strike ACLED made, not a second one.
        assertEquals(Imported.text(data, "select " + strike + "::text"),
                Imported.text(data, "select fact_id::text from external_key where dataset = 'ucdp' and external_id = '500001'"));
        assertEquals("ACLED 13 AT_LEAST, UCDP 14 ABOUT, UCDP 12 AT_LEAST, UCDP 17 ABOUT", Imported.text(data,
                "select string_agg(a.name || ' ' || r.killed || ' ' || r.killed_qualifier, ', ' order by r.id)"
                        + " from casualty_report r join actor a on a.id = r.reported_by_actor_id where r.strike_id = " + strike));
        // The strike's own figure is the lowest report's, as for any strike with disagreeing reports.
        assertEquals("12 AT_LEAST", Imported.text(data, "select killed || ' ' || killed_qualifier from strike where id = " + strike));
        assertEquals("{\"date_prec\": \"1\", \"where_prec\": \"1\"}", Imported.text(data,
                "select jsonb_build_object('where_prec', details ->> 'where_prec', 'date_prec', details ->> 'date_prec')::text"
                        + " from external_key where dataset = 'ucdp' and external_id = '500001'"));
        assertEquals("Ukrinform,2022-10-10,Rockets and missiles strike Zaporizhzhia: Missiles hit apartment blocks in Zaporizhzhia overnight",
                Imported.text(data, "select s.title || ': ' || c.quote from citation c join source s on s.id = c.source_id"
                        + " where c.casualty_report_id = (select report_ids[3] from external_key where dataset = 'ucdp' and external_id = '500001')"));

        String bilozerka = "(select fact_id from external_key where dataset = 'ucdp' and external_id = '500002')";
        assertEquals("Bilozerka < Khersonskyi < Kherson Oblast < Ukraine", Imported.text(data, "select string_agg(r.name, ' < ' order by a.n)"
                + " from strike s cross join lateral region_and_ancestors(s.region_id) with ordinality as a(id, n)"
                + " join region r on r.id = a.id where s.id = " + bilozerka));
        assertEquals(3, Imported.count(data, "select count(*) from casualty_report where strike_id = " + bilozerka));

        long history = Imported.count(data, "select count(*) from history");
        ImportReport again = Imported.fixture(importer, "ucdp", "ucdp.csv", false);
        assertEquals(List.of(0L, 0L, 2L), List.of(again.added(), again.changed(), again.unchanged()), again.text());
        assertEquals(history, Imported.count(data, "select count(*) from history"));
    }
}
