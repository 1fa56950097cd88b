package org.frontline.generate;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The generator at a small scale (20,000 strikes), then the API's answers on what it wrote, checked
 * against SQL written here independently of the service's own. The profile of its own (shared with
 * PlansTest, see {@link GeneratedWar}) makes Quarkus restart with a fresh database, so the other
 * tests never see the generated rows.
 */
@QuarkusTest
@TestProfile(GeneratedWar.Profile.class)
class GeneratedWarTest {

    private static long country;

    @BeforeEach
    void generateOnce() throws Exception {
        GeneratedWar.ensure();
        country = number("select id from region where name = 'Generated Country'");
    }

    @Test
    void everyGeneratedRegionAndStrikeIsCounted() throws SQLException {
        JsonPath json = data("query($c: ID) { regions(filter: {within: $c}) { totalCount } strikes(filter: {region: $c}) { totalCount } }",
                "{\"c\": \"" + country + "\"}");
        assertEquals(599, json.getInt("data.regions.totalCount"), "600 regions, the country itself not counted");
        assertEquals(20_000, json.getInt("data.strikes.totalCount"));
        assertEquals(20_000, number("select count(*) from strike s join region r on r.id = s.region_id " + underCountry("r")));
    }

    @Test
    void aStrikeFilterFindsWhatSqlFinds() throws SQLException {
        long oblast = number("select o.id from strike s join region r on r.id = s.region_id "
                + "join region o on o.id in (r.id, r.parent_id, (select parent_id from region where id = r.parent_id)) "
                + "where o.kind = 'OBLAST' group by o.id order by count(*) desc, o.id limit 1");
        JsonPath json = data("query($o: ID) { strikes(filter: {region: $o, from: \"2023-01-01\", to: \"2023-12-31\", minKilled: 1},"
                + " first: 100) { totalCount edges { node { id killed } } } }", "{\"o\": \"" + oblast + "\"}");
        List<String> expected = texts("select s.id from strike s join region r on r.id = s.region_id "
                + "left join region d on d.id = r.parent_id where " + oblast + " in (r.id, r.parent_id, d.parent_id) "
                + "and s.occurred_on between '2023-01-01' and '2023-12-31' and s.killed >= 1 order by s.occurred_on desc, s.id desc limit 100");
        assertTrue(expected.size() > 10, "the busiest oblast has deadly strikes in 2023");
        assertEquals(expected, json.getList("data.strikes.edges.node.id"));
    }

    @Test
    void totalsByOblastAddUpAsSqlAddsThem() throws SQLException {
        JsonPath json = data("query($c: ID) { strikeTotalsByRegion(within: $c) { regionName totals { strikes killed injured } } }",
                "{\"c\": \"" + country + "\"}");
        List<String> expected = texts("select o.name || ':' || count(s.id) || ':' || coalesce(sum(s.killed), 0) || ':' || coalesce(sum(s.injured), 0)"
                + " from region o left join (select s.killed, s.injured, s.id, case r.kind when 'OBLAST' then r.id"
                + " when 'DISTRICT' then r.parent_id else p.parent_id end as oblast_id"
                + " from strike s join region r on r.id = s.region_id left join region p on p.id = r.parent_id) s on s.oblast_id = o.id"
                + " where o.parent_id = " + country + " group by o.name, o.id order by o.name, o.id");
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> row : json.<Map<String, Object>>getList("data.strikeTotalsByRegion")) {
            Map<?, ?> totals = (Map<?, ?>) row.get("totals");
            actual.add(row.get("regionName") + ":" + totals.get("strikes") + ":" + totals.get("killed") + ":" + totals.get("injured"));
        }
        assertEquals(25, actual.size());
        assertEquals(expected, actual);
    }

    @Test
    void regionTotalsKeptByMonthAddUpAsSqlAddsThem() throws SQLException {
        // The generator loads strikes with the triggers off and counts the monthly totals at the
        // end; every region's totals must then equal a count of its strikes, over all time and
        // over a range that starts and ends inside months.
        for (String range : List.of("", "from: \"2022-11-15\", to: \"2023-08-10\"")) {
            JsonPath json = data("query($c: ID) { regions(filter: {within: $c}, first: 100) { edges { node { id strikeTotals"
                    + (range.isEmpty() ? "" : "(" + range + ")") + " { strikes killed injured } } } } }", "{\"c\": \"" + country + "\"}");
            List<String> actual = new ArrayList<>();
            for (Map<String, Object> node : json.<Map<String, Object>>getList("data.regions.edges.node")) {
                Map<?, ?> totals = (Map<?, ?>) node.get("strikeTotals");
                actual.add(node.get("id") + ":" + totals.get("strikes") + ":" + totals.get("killed") + ":" + totals.get("injured"));
            }
            String dates = range.isEmpty() ? "" : " and s.occurred_on between '2022-11-15' and '2023-08-10'";
            List<String> expected = new ArrayList<>();
            for (String id : json.<String>getList("data.regions.edges.node.id")) {
                expected.add(texts("with recursive tree(id) as (select " + id + "::bigint union all select r.id from region r join tree t"
                        + " on r.parent_id = t.id) select " + id + " || ':' || count(*) || ':' || coalesce(sum(killed), 0) || ':'"
                        + " || coalesce(sum(injured), 0) from strike s where s.region_id in (select id from tree)" + dates).get(0));
            }
            assertEquals(100, actual.size());
            assertEquals(expected, actual);
            assertTrue(actual.stream().anyMatch(line -> !line.contains(":0:0:0")), "some regions have strikes");
        }
    }

    @Test
    void eachStrikesFiguresAreTheLowestReportedAsTheTriggerWouldSetThem() throws SQLException {
        assertEquals(0, number("select count(*) from strike s where s.id in (select strike_id from casualty_report) and ("
                + "s.killed is distinct from (select min(killed) from casualty_report c where c.strike_id = s.id)"
                + " or s.injured is distinct from (select min(injured) from casualty_report c where c.strike_id = s.id))"));
        // Applying the trigger's own function to every strike changes nothing.
        try (Connection connection = DriverManager.getConnection(url()); Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            st.execute("create temp table before_refresh as select id, killed, killed_qualifier, injured, injured_qualifier from strike");
            st.execute("select refresh_strike_figures(id) from strike where id in (select strike_id from casualty_report)");
            try (ResultSet rs = st.executeQuery("select count(*) from strike s join before_refresh b using (id) where "
                    + "(s.killed, s.killed_qualifier, s.injured, s.injured_qualifier) is distinct from "
                    + "(b.killed, b.killed_qualifier, b.injured, b.injured_qualifier)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
            connection.rollback();
        }
        assertTrue(number("select count(*) from (select strike_id from casualty_report group by 1 having count(*) > 1) x") > 100,
                "some strikes have competing reports");
    }

    @Test
    void theSeedArticleIsStillThere() throws SQLException {
        assertEquals(4, number("select count(*) from strike where region_id not in (select r.id from region r " + underCountry("r") + ")"));
        JsonPath json = data("{ regions(filter: {name: \"Zaporozhye\", kind: OBLAST}) { edges { node { strikes { killed injured } } } } }");
        assertEquals(25, json.getInt("data.regions.edges[0].node.strikes[0].killed"));
    }

    private static String underCountry(String alias) {
        return "where " + alias + ".id in (with recursive tree(id) as (select " + country
                + "::bigint union all select r.id from region r join tree t on r.parent_id = t.id) select id from tree)";
    }

    private static String url() {
        return GeneratedWar.url();
    }

    private static long number(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url()); Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> texts(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url()); Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
