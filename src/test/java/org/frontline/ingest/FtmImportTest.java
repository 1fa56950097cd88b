package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * FollowTheMoney entities (src/test/resources/ingest/ftm.jsonl): a person the seed holds under
 * another spelling, a new person, a company, sanctions of two authorities, and bad lines.
 */
@QuarkusTest
@TestProfile(Imported.Profile.class)
class FtmImportTest {

    @Inject
    Importer importer;

    @Inject
    DataSource data;

    @Test
    void personsAreMatchedByAnySpellingAndSanctionsGroupedByAuthorityAndProgramme() throws Exception {
        long pushilins = Imported.count(data, "select count(*) from leader where name like '%Pushilin%'");
        ImportReport report = Imported.fixture(importer, "ftm", "ftm.jsonl", false);
        Map<Long, String> refused = report.refusals().stream()
                .collect(Collectors.toMap(ImportReport.Refusal::line, ImportReport.Refusal::reason));
        assertEquals(List.of(4L, 8L, 9L, 10L, 11L), refused.keySet().stream().sorted().toList(), report.text());
        assertTrue(refused.get(4L).contains("is named by no sanction"), report.text());
        assertTrue(refused.get(8L).contains("names ftm-nobody, which neither this file nor an earlier import holds"), report.text());
        assertTrue(refused.get(9L).contains("startDate \"2022-11\" is not a day"), report.text());
        assertTrue(refused.get(10L).contains("schema Vessel is not imported"), report.text());
        assertTrue(refused.get(11L).contains("not a JSON object"), report.text());
        assertEquals(List.of(11L, 6L, 0L, 0L), List.of(report.rows(), report.added(), report.changed(), report.unchanged()), report.text());

        // Pushilin is the seed's leader, found by "Denis Pushylin", and keeps every new spelling.
        assertEquals(pushilins, Imported.count(data, "select count(*) from leader where name like '%Pushilin%'"));
        assertEquals("Denis Pushilin", Imported.text(data, "select l.name from leader l join external_key k on k.fact_id = l.id"
                + " where k.dataset = 'ftm' and k.external_id = 'ftm-p-pushilin'"));
        assertEquals(1, Imported.count(data, "select count(*) from leader_name where name = 'Денис Пушилин'"
                + " and leader_id = (select id from leader where name = 'Denis Pushilin')"));
        assertEquals(3, Imported.count(data, "select count(*) from leader_name where leader_id = (select id from leader where name = 'Yevgeny Balitsky')"));

        // One EU sanction with both persons as targets; one UK sanction naming the company.
        assertEquals("Denis Vladimirovich Pushilin PERSON, Yevgeny Balitsky PERSON", Imported.text(data,
                "select string_agg(t.name || ' ' || t.kind, ', ' order by t.name) from sanction s join actor a on a.id = s.authority_id"
                        + " join sanction_target t on t.sanction_id = s.id where a.name = 'European Union' and s.programme = 'EU Ukraine territorial integrity'"));
        assertEquals(2, Imported.count(data, "select count(*) from sanction_target t join leader l on l.id = t.leader_id"
                + " where t.sanction_id = (select fact_id from external_key where dataset = 'ftm-sanction' and external_id like 'European Union|%')"));
        assertEquals("Zaporizhzhia Arms Works COMPANY 2022-11-01", Imported.text(data,
                "select t.name || ' ' || t.kind || ' ' || s.announced_on from sanction s join sanction_target t on t.sanction_id = s.id"
                        + " join actor a on a.id = s.authority_id where a.name = 'HM Treasury'"));
        assertEquals(1, Imported.count(data, "select count(*) from citation c join sanction_target t on t.id = c.sanction_target_id"
                + " where t.name = 'Zaporizhzhia Arms Works' and c.quote like 'Line 7 of ftm.jsonl: HM Treasury lists %'"));

        long history = Imported.count(data, "select count(*) from history");
        ImportReport again = Imported.fixture(importer, "ftm", "ftm.jsonl", false);
        assertEquals(List.of(0L, 0L, 6L), List.of(again.added(), again.changed(), again.unchanged()), again.text());
        assertEquals(history, Imported.count(data, "select count(*) from history"));
    }
}
