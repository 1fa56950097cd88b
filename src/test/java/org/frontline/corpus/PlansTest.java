package org.frontline.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.db.Sql;
import org.frontline.generate.GeneratedWar;
import org.frontline.guard.Limits;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Every statement the read path issues for the schema-drawn corpus (SchemaCorpus), planned by
 * PostgreSQL on the generated war (GeneratedWar, 20,000 strikes) and executed (EXPLAIN ANALYZE), must fit its page: no sequential
 * scan of a large table, no sort of more rows than a page needs. A list order without an index to
 * serve it, or a filter that reads a whole table, fails here, for queries nobody wrote by hand.
 */
@QuarkusTest
@TestProfile(GeneratedWar.Profile.class)
class PlansTest {

    /** A table with more rows than this is large. */
    private static final long LARGE = 10_000;
    /** A scan that keeps less than this share of a large table's rows should have been an index's work. */
    private static final double KEPT_SHARE = 0.1;
    /** The most rows a statement may sort: a page (at most 101 rows) for each of the parents batched together, with room. */
    private static final long MOST_SORTED = 2_000;

    @Inject
    Pool pool;

    @Inject
    Limits limits;

    @Test
    void everyStatementOfTheCorpusFitsItsPage() throws Exception {
        GeneratedWar.ensure();
        Map<String, String> ids = sampleIds(pool);
        RecordingSql recording = new RecordingSql(pool, limits);
        QuarkusMock.installMockForType(recording, Sql.class);

        SchemaCorpus corpus = new SchemaCorpus(Path.of("schema.graphql"), (owner, argument, type) -> sample(ids, owner, argument, type), 2);
        List<String> refused = new ArrayList<>();
        int queries = 0;
        // Each query with its answer and its statements, for the corpus benchmark (bench/corpus.py).
        JsonArray dump = new JsonArray();
        for (SchemaCorpus.Query query : corpus.queries()) {
            recording.sending(query.name());
            String body = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(new JsonObject().put("query", query.text()).encode())
                    .when().post("/graphql").then().statusCode(200).extract().asString();
            JsonPath answer = JsonPath.from(body);
            if (answer.get("errors") != null) {
                refused.add(query.name() + ": " + answer.getString("errors[0].message") + "\n    " + query.text());
            }
            queries++;
            dump.add(new JsonObject().put("name", query.name()).put("query", query.text()).put("answer", new JsonObject(body))
                    .put("statements", new JsonArray(recording.statementsOf(query.name()))));
        }
        Files.writeString(Path.of("target", "corpus.json"), dump.encodePrettily());
        assertEquals(List.of(), refused, "every corpus query is answered without errors");
        assertTrue(queries > 50, "the corpus has a query per root field, order and filter: " + queries);

        Map<String, Long> rows = tableRows();
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, RecordingSql.Sent> statement : recording.statements().entrySet()) {
            List<String> found = new ArrayList<>();
            try {
                Row plan = pool.preparedQuery("explain (analyze, format json) " + statement.getKey())
                        .execute(statement.getValue().args()).await().indefinitely().iterator().next();
                inspect(((JsonArray) plan.getValue(0)).getJsonObject(0).getJsonObject("Plan"), rows, false, found);
            } catch (RuntimeException stopped) {
                // The pool's statement_timeout is the request deadline: a statement past it is a fault itself.
                found.add(stopped.getMessage());
            }
            if (!found.isEmpty()) {
                faults.add(statement.getValue().query() + " -> " + String.join("; ", found) + "\n    " + statement.getKey());
            }
        }
        Path report = Path.of("target", "plans.txt");
        Files.writeString(report, String.join("\n", faults) + "\n");
        System.out.printf("PlansTest: %d corpus queries, %d distinct statements planned, %d faults (in %s)%n",
                queries, recording.statements().size(), faults.size(), report);
        assertEquals(List.of(), faults, "statements whose plan does not fit their page");
    }

    /**
     * Adds to {@code faults} what in this plan node, or below it, reads or sorts more than a page
     * needs. Below an aggregate (totals, counts) the rows are what the filter selects, all of which
     * a total must read: a sort there orders what is counted, and is not a page's fault.
     */
    private static void inspect(JsonObject node, Map<String, Long> rows, boolean counted, List<String> faults) {
        String type = node.getString("Node Type");
        long actual = node.getLong("Actual Rows", 0L) * node.getLong("Actual Loops", 1L);
        if (type.equals("Seq Scan")) {
            // Reading a whole large table is a fault where it keeps few of its rows: an index would
            // have found those. Where a filter keeps a good share (counting most strikes), a scan
            // is the plan an index could not beat.
            String table = node.getString("Relation Name");
            long size = rows.getOrDefault(table, 0L);
            long loops = node.getLong("Actual Loops", 1L);
            if (size > LARGE && loops > 1) {
                faults.add("sequential scan of " + table + " (" + size + " rows) repeated " + loops + " times, a nested loop over it");
            } else if (size > LARGE && actual < size * KEPT_SHARE) {
                faults.add("sequential scan of " + table + " (" + size + " rows) keeping " + actual);
            }
        }
        if (!counted && (type.equals("Sort") || type.equals("Incremental Sort"))) {
            JsonArray children = node.getJsonArray("Plans");
            JsonObject input = children.getJsonObject(0);
            long sorted = input.getLong("Actual Rows", 0L) * input.getLong("Actual Loops", 1L);
            if (sorted > MOST_SORTED) {
                faults.add("sort of " + sorted + " rows (" + node.getJsonArray("Sort Key") + ")");
            }
        }
        JsonArray children = node.getJsonArray("Plans");
        if (children != null) {
            for (int i = 0; i < children.size(); i++) {
                inspect(children.getJsonObject(i), rows, counted || type.equals("Aggregate"), faults);
            }
        }
    }

    private Map<String, Long> tableRows() {
        Map<String, Long> rows = new HashMap<>();
        for (Row row : pool.query("select relname, reltuples::bigint from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace")
                .execute().await().indefinitely()) {
            rows.put(row.getString(0), row.getLong(1));
        }
        return rows;
    }

    /** Ids that make a filter select a realistic share (CompiledReadsTest sends the corpus with the same values). */
    static Map<String, String> sampleIds(Pool pool) {
        Map<String, String> ids = new HashMap<>();
        String[][] lookups = {
            {"country", "select id from region where name = 'Generated Country'"},
            {"oblast", "select t.region_id from strike_month_totals t join region r on r.id = t.region_id"
                    + " where r.kind = 'OBLAST' group by t.region_id order by sum(t.strikes) desc, t.region_id limit 1"},
            {"actor", "select actor_id from attribution group by actor_id order by count(*) desc, actor_id limit 1"},
            {"authority", "select authority_id from sanction group by authority_id order by count(*) desc, authority_id limit 1"},
            {"controller", "select controller_id from region_control group by 1 order by count(*) desc, 1 limit 1"},
            {"claimant", "select coalesce((select claimant_id from sovereignty_claim group by 1 order by count(*) desc, 1 limit 1), 1)"},
            {"leader", "select leader_id from sanction_target where leader_id is not null group by 1 order by count(*) desc, 1 limit 1"},
            {"strike", "select max(id) from strike"},
            {"sanction", "select max(id) from sanction"},
            {"source", "select max(id) from source"},
            {"event", "select min(id) from event"},
            {"region", "select max(id) from region"},
            {"actorById", "select min(id) from actor"},
            // Text filters search for what an analyst would type: a name or a word that is in the record.
            {"LeaderFilter.name", "select name from leader order by id desc limit 1"},
            {"LeaderFilter.role", "select title from leader_position order by id desc limit 1"},
            {"RegionFilter.name", "select name from region where kind = 'OBLAST' order by id desc limit 1"},
            {"SanctionFilter.targetName", "select name from sanction_target order by id desc limit 1"},
            {"SourceFilter.title", "select title from source order by id desc limit 1"},
            {"SourceFilter.publisher", "select publisher from source where publisher is not null order by id desc limit 1"},
            {"StrikeFilter.weapon", "select weapon from strike where weapon is not null order by id desc limit 1"},
            {"actors.name", "select name from actor order by id desc limit 1"},
        };
        for (String[] lookup : lookups) {
            ids.put(lookup[0], String.valueOf(pool.query(lookup[1]).execute().await().indefinitely().iterator().next().getValue(0)));
        }
        return ids;
    }

    static String sample(Map<String, String> ids, String owner, String argument, String type) {
        String id = switch (argument) {
            case "region", "parent" -> ids.get("oblast");
            case "within" -> type.equals("ID") ? ids.get("country") : null;
            case "attributedTo", "actingFor" -> ids.get("actor");
            case "authority" -> ids.get("authority");
            case "controlledBy" -> ids.get("controller");
            case "claimedBy" -> ids.get("claimant");
            case "target" -> ids.get("leader");
            case "id" -> switch (owner) {
                case "actor" -> ids.get("actorById");
                case "history" -> ids.get("strike");
                default -> ids.get(owner);
            };
            default -> null;
        };
        if (id != null) {
            return "\"" + id + "\"";
        }
        return switch (type) {
            case "Date" -> switch (argument) {
                case "to" -> "\"2023-12-31\"";
                case "on" -> "\"2023-06-01\"";
                default -> "\"2023-01-01\"";
            };
            case "String" -> ids.containsKey(owner + "." + argument)
                    ? new JsonArray().add(ids.get(owner + "." + argument)).encode().replaceAll("^\\[|\\]$", "")
                    : null;
            case "Int" -> argument.equals("minKilled") ? "1" : null;
            case "Boolean" -> "true";
            // A box over the generated country's east, where most strikes fall.
            case "Float" -> switch (argument) {
                case "north" -> "50.5";
                case "south" -> "46.5";
                case "east" -> "40.0";
                case "west" -> "33.0";
                default -> null;
            };
            default -> null;
        };
    }
}
