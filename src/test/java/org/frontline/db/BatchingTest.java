package org.frontline.db;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.data;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.frontline.GraphQL;
import org.frontline.compiled.CompiledReads;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Nested relations are read in batches: a request costs one statement per level of the query,
 * however many rows each level has. Compiled, the same request is one statement.
 */
@QuarkusTest
class BatchingTest {

    private static final String THREE_LEVELS = "query($country: ID, $first: Int) { regions(filter: {parent: $country}, first: $first) {"
            + " edges { node { name strikes(first: 3) { id sources { quote } } } } } }";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    @Test
    void aThreeLevelQueryOverFiftyParentsCostsThreeStatements() {
        long country = createFiftyOblastsWithStrikes();
        try {
            long before = sql.statementsExecuted();
            JsonPath fifty = bySmallRye(THREE_LEVELS, "{\"country\": \"" + country + "\", \"first\": 50}");
            long statementsForFifty = sql.statementsExecuted() - before;

            assertEquals(50, fifty.getList("data.regions.edges").size());
            for (int i = 0; i < 50; i++) {
                List<Object> strikes = fifty.getList("data.regions.edges[" + i + "].node.strikes");
                assertEquals(3, strikes.size(), "three latest strikes of oblast " + i);
                assertEquals(1, fifty.getList("data.regions.edges[" + i + "].node.strikes[0].sources").size());
            }
            assertEquals(3, statementsForFifty, "regions, then their strikes, then the strikes' sources");

            before = sql.statementsExecuted();
            bySmallRye(THREE_LEVELS, "{\"country\": \"" + country + "\", \"first\": 5}");
            assertEquals(statementsForFifty, sql.statementsExecuted() - before, "the same for 5 parents as for 50");

            before = sql.statementsExecuted();
            JsonPath compiled = data(THREE_LEVELS, "{\"country\": \"" + country + "\", \"first\": 50}");
            assertEquals(1, sql.statementsExecuted() - before, "compiled, one statement for the whole answer");
            assertEquals(fifty.prettify(), compiled.prettify());
        } finally {
            removeFixture(country);
        }
    }

    /** The request answered by SmallRye's resolvers, whose batching this specifies, not by the compiled path. */
    private static JsonPath bySmallRye(String query, String variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header(CompiledReads.BYPASS_HEADER, "off")
                .body(GraphQL.body(query, variables)).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private long createFiftyOblastsWithStrikes() {
        long source = pool.query("insert into source (title, kind) values ('Batching test fixture', 'DATASET') returning id")
                .execute().await().indefinitely().iterator().next().getLong(0);
        long country = pool.query("insert into region (name, kind) values ('Batchland', 'COUNTRY') returning id")
                .execute().await().indefinitely().iterator().next().getLong(0);
        pool.preparedQuery("insert into region (name, kind, parent_id) "
                + "select 'Batch oblast ' || lpad(g::text, 2, '0'), 'OBLAST', $1 from generate_series(1, 50) g")
                .execute(Tuple.of(country)).await().indefinitely();
        pool.preparedQuery("insert into strike (occurred_on, region_id, weapon_kind) "
                + "select date '2023-01-01' + k, r.id, 'ROCKET' from region r, generate_series(1, 4) k where r.parent_id = $1")
                .execute(Tuple.of(country)).await().indefinitely();
        pool.preparedQuery("insert into citation (source_id, quote, strike_id) select $1, 'Fixture sentence for strike ' || s.id, s.id "
                + "from strike s join region r on r.id = s.region_id where r.parent_id = $2")
                .execute(Tuple.of(source, country)).await().indefinitely();
        return country;
    }

    private void removeFixture(long country) {
        pool.preparedQuery("delete from strike where region_id in (select id from region where parent_id = $1)")
                .execute(Tuple.of(country)).await().indefinitely();
        pool.preparedQuery("delete from region where parent_id = $1 or id = $1").execute(Tuple.of(country)).await().indefinitely();
        pool.query("delete from source where title = 'Batching test fixture'").execute().await().indefinitely();
    }
}
