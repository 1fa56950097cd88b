package org.frontline.strike;

import static org.frontline.GraphQL.data;
import static org.frontline.strike.StrikeMutationTest.CREATE;
import static org.frontline.strike.StrikeMutationTest.createSource;
import static org.frontline.strike.StrikeMutationTest.strikeInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A region's strike totals come from counts the database keeps per region and month (V13). After
 * every kind of write that moves them, the API's totals must equal the strikes counted afresh by
 * SQL written here, over date ranges that start and end on and off month boundaries.
 */
@QuarkusTest
@TestProfile(Writes.class)
class StrikeTotalsTest {

    /** All time; one whole month; part-months at both ends; days inside one month; open at each end; one day. */
    private static final List<LocalDate[]> RANGES = List.of(
            new LocalDate[] {null, null},
            new LocalDate[] {LocalDate.parse("2022-09-01"), LocalDate.parse("2022-09-30")},
            new LocalDate[] {LocalDate.parse("2022-09-15"), LocalDate.parse("2023-01-20")},
            new LocalDate[] {LocalDate.parse("2022-09-29"), LocalDate.parse("2022-10-01")},
            new LocalDate[] {null, LocalDate.parse("2022-10-15")},
            new LocalDate[] {LocalDate.parse("2022-10-15"), null},
            new LocalDate[] {LocalDate.parse("2023-01-05"), LocalDate.parse("2023-01-05")});

    private static final List<String> REGIONS = List.of("Ukraine", "Dnipropetrovsk Oblast", "Dnipro", "Donetsk Oblast", "Lyman",
            "Zaporizhzhia Oblast", "Kyiv");

    @Inject
    Pool pool;

    @Test
    void totalsFollowEveryWriteThatMovesThem() {
        assertTotalsAsCounted();
        String source = createSource("Totals check", "OFFICIAL_STATEMENT");

        // A new strike in Dnipro, with four killed. (Other tests write to the same database, so
        // figures are compared with what was there before.)
        LocalDate january = LocalDate.parse("2023-01-01");
        int dniproBefore = apiTotals(Seed.regionId("Dnipro"), january, LocalDate.parse("2023-01-31"))[0];
        String strike = data(CREATE, "{\"input\": " + strikeInput(source, "Dnipro", 4) + "}", Tokens.editor())
                .getString("data.createStrike.id");
        assertTotalsAsCounted();
        assertEquals(dniproBefore + 1, apiTotals(Seed.regionId("Dnipro"), january, LocalDate.parse("2023-01-31"))[0]);

        // A lower estimate from a second source becomes the strike's figure, and an "about" one.
        data("mutation($s: ID!, $r: CasualtyReportInput!) { reportCasualties(strike: $s, report: $r) { killed } }",
                "{\"s\": \"" + strike + "\", \"r\": {\"killed\": 2, \"killedQualifier\": \"ABOUT\", \"injured\": 9, \"reportedByActor\": \""
                        + Seed.actorId("Office of the Prosecutor General of Ukraine") + "\", \"sources\": [{\"source\": \"" + source
                        + "\", \"quote\": \"About two people died.\"}]}}", Tokens.editor());
        assertTotalsAsCounted();

        // Corrected to another day and place: it leaves Dnipropetrovsk Oblast's totals for Donetsk Oblast's.
        data("mutation($id: ID!, $c: StrikeChanges!) { updateStrike(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + strike + "\", \"c\": {\"version\": 0, \"occurredOn\": \"2022-09-29\", \"region\": \"" + Seed.regionId("Lyman")
                        + "\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"It was Lyman, a day earlier.\"}]}}",
                Tokens.editor());
        assertTotalsAsCounted();

        // Lyman moved under another oblast takes its strikes' totals with it.
        int zaporizhzhia = apiTotals(Seed.regionId("Zaporizhzhia Oblast"), null, null)[0];
        int lyman = apiTotals(Seed.regionId("Lyman"), null, null)[0];
        assertTrue(lyman >= 1, "the corrected strike is in Lyman");
        moveLyman("Zaporizhzhia Oblast", source);
        assertTotalsAsCounted();
        assertEquals(zaporizhzhia + lyman, apiTotals(Seed.regionId("Zaporizhzhia Oblast"), null, null)[0]);

        // Retired, it counts nowhere.
        int version = data("query($id: ID!) { strike(id: $id) { version } }", "{\"id\": \"" + strike + "\"}").getInt("data.strike.version");
        data("mutation($id: ID!, $v: Int!) { retireStrike(id: $id, version: $v, reason: \"a test retires it\") { id } }",
                "{\"id\": \"" + strike + "\", \"v\": " + version + "}", Tokens.admin());
        assertTotalsAsCounted();
        assertEquals(zaporizhzhia + lyman - 1, apiTotals(Seed.regionId("Zaporizhzhia Oblast"), null, null)[0]);

        // Back where it belongs, for the other tests that share this database.
        moveLyman("Donetsk Oblast", source);
        assertTotalsAsCounted();
        assertEquals(zaporizhzhia, apiTotals(Seed.regionId("Zaporizhzhia Oblast"), null, null)[0]);
    }

    private static void moveLyman(String parent, String source) {
        String lyman = Seed.regionId("Lyman");
        int version = data("query($id: ID!) { region(id: $id) { version } }", "{\"id\": \"" + lyman + "\"}").getInt("data.region.version");
        data("mutation($id: ID!, $c: RegionChanges!) { updateRegion(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + lyman + "\", \"c\": {\"version\": " + version + ", \"parent\": \"" + Seed.regionId(parent)
                        + "\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"A test moves Lyman.\"}]}}", Tokens.editor());
    }

    /**
     * Every region of REGIONS over every range of RANGES, as the API answers and as counted here.
     * One request per range asks for all the regions (an alias each), rather than one per region
     * and range: this runs after every write, 49 pairs each time, and the requests were the cost.
     */
    private void assertTotalsAsCounted() {
        List<String> ids = REGIONS.stream().map(Seed::regionId).toList();
        for (LocalDate[] range : RANGES) {
            List<int[]> answered = apiTotals(ids, range[0], range[1]);
            for (int i = 0; i < REGIONS.size(); i++) {
                assertEquals(Arrays.toString(counted(Long.parseLong(ids.get(i)), range[0], range[1])),
                        Arrays.toString(answered.get(i)), REGIONS.get(i) + " from " + range[0] + " to " + range[1]);
            }
        }
        assertTrue(counted(Long.parseLong(ids.get(REGIONS.indexOf("Ukraine"))), null, null)[0] >= 4, "the seed's strikes are in Ukraine");
    }

    private static int[] apiTotals(String region, LocalDate from, LocalDate to) {
        return apiTotals(List.of(region), from, to).get(0);
    }

    /**
     * For each region, in order: strikes, killed, killed qualifier (0 exact, 1 about, 2 at least),
     * without killed, then the same for injured.
     */
    private static List<int[]> apiTotals(List<String> regions, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("query($from: Date, $to: Date) {");
        for (int i = 0; i < regions.size(); i++) {
            query.append(" r").append(i).append(": region(id: \"").append(regions.get(i)).append("\") { ...totals }");
        }
        query.append(" } fragment totals on Region { strikeTotals(from: $from, to: $to) { "
                + "strikes killed killedQualifier strikesWithoutKilledFigure injured injuredQualifier strikesWithoutInjuredFigure } }");
        // Read as maps once: each JsonPath lookup evaluates a Groovy expression, and 2,401 of them
        // (seven figures, 49 pairs, seven times over) took most of this test's 40 s.
        Map<String, Object> data = data(query.toString(), "{\"from\": " + quoted(from) + ", \"to\": " + quoted(to) + "}").getMap("data");
        List<int[]> totals = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Map<?, ?> figures = (Map<?, ?>) ((Map<?, ?>) data.get("r" + i)).get("strikeTotals");
            totals.add(new int[] {figure(figures, "strikes"), figure(figures, "killed"), rank((String) figures.get("killedQualifier")),
                    figure(figures, "strikesWithoutKilledFigure"), figure(figures, "injured"),
                    rank((String) figures.get("injuredQualifier")), figure(figures, "strikesWithoutInjuredFigure")});
        }
        return totals;
    }

    private static int figure(Map<?, ?> figures, String name) {
        return ((Number) figures.get(name)).intValue();
    }

    /** The same figures counted from the strikes themselves, independently of the service's SQL. */
    private int[] counted(long region, LocalDate from, LocalDate to) {
        Row row = pool.preparedQuery("with recursive tree(id) as (select $1::bigint union all"
                + " select r.id from region r join tree t on r.parent_id = t.id)"
                + " select count(*)::int, coalesce(sum(killed), 0)::int,"
                + " case when bool_or(killed is null or killed_qualifier = 'AT_LEAST') then 2 when bool_or(killed_qualifier = 'ABOUT') then 1 else 0 end,"
                + " count(*) filter (where killed is null)::int, coalesce(sum(injured), 0)::int,"
                + " case when bool_or(injured is null or injured_qualifier = 'AT_LEAST') then 2 when bool_or(injured_qualifier = 'ABOUT') then 1 else 0 end,"
                + " count(*) filter (where injured is null)::int"
                + " from strike where region_id in (select id from tree) and retired_at is null"
                + " and ($2::date is null or occurred_on >= $2) and ($3::date is null or occurred_on <= $3)")
                .execute(Tuple.of(region, from, to)).await().indefinitely().iterator().next();
        int[] figures = new int[7];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = row.getInteger(i);
        }
        return figures;
    }

    private static int rank(String qualifier) {
        return switch (qualifier) {
            case "EXACT" -> 0;
            case "ABOUT" -> 1;
            case "AT_LEAST" -> 2;
            default -> throw new AssertionError("unknown qualifier " + qualifier);
        };
    }

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }
}
