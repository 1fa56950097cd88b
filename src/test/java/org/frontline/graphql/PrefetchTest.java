package org.frontline.graphql;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.db.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The regions list loads its regions' latest strikes and strike totals with its page (see
 * {@link Prefetch}). The answers must be exactly what each region answers on its own, where the
 * batched resolvers run, for every alias with its own arguments.
 */
@QuarkusTest
class PrefetchTest {

    private static final String PER_REGION = "strikes(first: 2) { id occurredOn killed } "
            + "june: strikes(first: 5, from: \"2019-06-01\", to: \"2019-06-30\") { id occurredOn } "
            + "strikeTotals { strikes killed killedQualifier } juneTotals: strikeTotals(from: \"2019-06-01\", to: \"2019-06-30\") { strikes killed }";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    long country;

    @BeforeEach
    void createCountryWithFourOblastsAndTheirStrikes() {
        country = pool.query("insert into region (name, kind) values ('Prefetchland', 'COUNTRY') returning id")
                .execute().await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("insert into region (name, kind, parent_id) select 'Prefetch oblast ' || g, 'OBLAST', $1 from generate_series(1, 4) g")
                .execute(Tuple.of(country)).await().indefinitely();
        // Oblast n has 3n strikes, ten days apart from late May 2019 (before any of the seed's), with n killed each (the last oblast none).
        pool.preparedQuery("insert into strike (occurred_on, region_id, weapon_kind, killed, killed_qualifier) "
                + "select date '2019-05-25' + 10 * k, r.id, 'DRONE', nullif(right(r.name, 1)::int % 4, 0), "
                + "case when right(r.name, 1)::int % 4 = 0 then null else 'EXACT' end "
                + "from region r, generate_series(0, 3 * right(r.name, 1)::int - 1) k where r.parent_id = $1")
                .execute(Tuple.of(country)).await().indefinitely();
    }

    @AfterEach
    void removeThem() {
        pool.preparedQuery("delete from strike where region_id in (select id from region where parent_id = $1)")
                .execute(Tuple.of(country)).await().indefinitely();
        pool.preparedQuery("delete from region where parent_id = $1 or id = $1").execute(Tuple.of(country)).await().indefinitely();
    }

    @Test
    void eachAliasOfAListsRegionsAnswersAsTheRegionDoesOnItsOwn() {
        long servedBefore = PrefetchedOrBatchedFetcher.served();
        long statementsBefore = sql.statementsExecuted();
        JsonPath list = data("query($country: ID) { regions(filter: {parent: $country}) { edges { node { id " + PER_REGION + " } } } }",
                "{\"country\": \"" + country + "\"}");
        long statements = sql.statementsExecuted() - statementsBefore;
        long served = PrefetchedOrBatchedFetcher.served() - servedBefore;

        List<Map<String, Object>> nodes = list.getList("data.regions.edges.node");
        assertEquals(4, nodes.size());
        for (Map<String, Object> node : nodes) {
            Map<String, Object> alone = data("query($id: ID!) { region(id: $id) { id " + PER_REGION + " } }",
                    "{\"id\": \"" + node.get("id") + "\"}").getMap("data.region");
            assertEquals(alone, node, "region " + node.get("id"));
        }
        assertEquals(4 * 4, served, "four fields of four regions, all from the prefetch");
        assertEquals(1 + 4, statements, "the page, then the latest strikes and the totals of each alias");

        // What the fixture says, so that equal-but-wrong answers on both paths cannot pass.
        Map<String, Object> third = nodes.get(2);
        assertEquals(2, ((List<?>) third.get("strikes")).size());
        assertEquals("2019-08-13", ((Map<?, ?>) ((List<?>) third.get("strikes")).get(0)).get("occurredOn"));
        assertEquals(3, ((List<?>) third.get("june")).size());
        assertEquals(Map.of("strikes", 9, "killed", 27, "killedQualifier", "EXACT"), third.get("strikeTotals"));
        assertEquals(Map.of("strikes", 3, "killed", 9), third.get("juneTotals"));
    }

    @Test
    void theStrikesAndSanctionsListsAnswerAsEachStrikeAndSanctionDoesOnItsOwn() {
        String strike = "id region { id name } sources { quote source { title } } casualtyReports { killed reportedBy } "
                + "attributions { status claimedBy attributedTo { name } }";
        String sanction = "id targets { name kind leader { name } } sources { quote }";
        long servedBefore = PrefetchedOrBatchedFetcher.served();
        List<Map<String, Object>> strikes = data("{ strikes(first: 20) { edges { node { " + strike + " } } } }")
                .getList("data.strikes.edges.node");
        List<Map<String, Object>> sanctions = data("{ sanctions(first: 20) { edges { node { " + sanction + " } } } }")
                .getList("data.sanctions.edges.node");
        long served = PrefetchedOrBatchedFetcher.served() - servedBefore;

        for (Map<String, Object> node : strikes) {
            assertEquals(data("query($id: ID!) { strike(id: $id) { " + strike + " } }", "{\"id\": \"" + node.get("id") + "\"}")
                    .getMap("data.strike"), node);
        }
        for (Map<String, Object> node : sanctions) {
            assertEquals(data("query($id: ID!) { sanction(id: $id) { " + sanction + " } }", "{\"id\": \"" + node.get("id") + "\"}")
                    .getMap("data.sanction"), node);
        }
        assertEquals(4 * strikes.size() + 2 * sanctions.size(), served, "every batched field of both lists, from the prefetch");
        // The seed article's strikes and sanctions state their sources, so the lists are not trivially empty.
        assertTrue(strikes.stream().anyMatch(node -> !((List<?>) node.get("sources")).isEmpty()));
        assertTrue(sanctions.stream().anyMatch(node -> !((List<?>) node.get("targets")).isEmpty()));
    }

    @Test
    void aliasesOfABatchedFieldWithDifferentArgumentsEachGetTheirOwnAnswer() {
        // A single region is not prefetched: these go through the batched resolvers.
        String first = data("query($country: ID) { regions(filter: {parent: $country}, first: 1) { edges { node { id } } } }",
                "{\"country\": \"" + country + "\"}").getString("data.regions.edges[0].node.id");
        JsonPath answer = data("query($id: ID!) { region(id: $id) { all: strikeTotals { strikes } june: strikeTotals(from: \"2019-06-01\", "
                + "to: \"2019-06-30\") { strikes } sameAsAll: strikeTotals { strikes } latest: strikes(first: 1) { occurredOn } "
                + "earliest: strikes(first: 1, to: \"2019-05-31\") { occurredOn } } }", "{\"id\": \"" + first + "\"}");
        assertEquals(3, answer.getInt("data.region.all.strikes"));
        assertEquals(2, answer.getInt("data.region.june.strikes"));
        assertEquals(3, answer.getInt("data.region.sameAsAll.strikes"));
        assertEquals("2019-06-14", answer.getString("data.region.latest[0].occurredOn"));
        assertEquals("2019-05-25", answer.getString("data.region.earliest[0].occurredOn"));
    }

    @Test
    void aBadArgumentIsStillReportedByTheResolver() {
        JsonPath answer = response("{ regions(filter: {parent: \"" + country + "\"}) { edges { node { id strikes(first: 500) { id } } } } }");
        assertEquals("BAD_ARGUMENT", answer.getString("errors[0].extensions.code"));
        assertEquals(List.of("regions", "edges", 0, "node", "strikes"), answer.getList("errors[0].path"));
        assertNull(answer.get("data.regions.edges[0].node.strikes"));
    }
}
