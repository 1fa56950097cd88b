package org.frontline.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.frontline.compiled.CompiledReads;
import org.frontline.generate.GeneratedWar;
import org.junit.jupiter.api.Test;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Same answers, proven: every query of the schema-drawn corpus, the benchmark's five, the shapes
 * the compiler was written for (aliases, fragments, include and skip, several roots, bad ids, page
 * sizes out of range) and 400 randomly drawn selections are each sent twice over HTTP, once by the
 * compiled path and once with {@code Frontline-Compiled: off} (SmallRye's path), and the two
 * answers must be the same bytes, errors included, with the same status and Content-Type.
 */
@QuarkusTest
@TestProfile(CompiledReadsTest.Compiled.class)
class CompiledReadsTest {

    /** The generated war's profile, with the compiled path on. */
    public static class Compiled extends GeneratedWar.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("frontline.compiled-reads.enabled", "true");
            return overrides;
        }
    }

    private record Request(String name, String query, JsonObject variables, String accept) {
        Request(String name, String query, JsonObject variables) {
            this(name, query, variables, "application/json");
        }
    }

    /** The fields the compiler knows, by type: half the random selections are drawn from these alone. */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("Strike", List.of("id", "occurredOn", "weaponKind", "weapon", "target", "description", "killed", "killedQualifier", "injured",
                    "injuredQualifier", "latitude", "longitude", "version", "retiredReason", "weaponSupplier", "region", "casualtyReports",
                    "attributions", "sources")),
            Map.entry("Region", List.of("id", "name", "kind", "latitude", "longitude", "names", "version", "retiredReason", "parent", "children",
                    "strikes", "strikeTotals", "sources")),
            Map.entry("RegionConnection", List.of("edges", "totalCount", "pageInfo")),
            Map.entry("RegionEdge", List.of("node")),
            Map.entry("PageInfo", List.of("hasNextPage", "hasPreviousPage")),
            Map.entry("Actor", List.of("id", "name", "kind")),
            Map.entry("StrikeTotals", List.of("strikes", "killed", "killedQualifier", "strikesWithoutKilledFigure", "injured", "injuredQualifier",
                    "strikesWithoutInjuredFigure")),
            Map.entry("CasualtyReport", List.of("id", "killed", "killedQualifier", "injured", "injuredQualifier", "reportedBy", "reportedOn",
                    "reportedByActor", "sources")),
            Map.entry("Attribution", List.of("id", "status", "evidenceGiven", "claimedBy", "attributedTo", "claimedByActor", "sources")),
            Map.entry("Citation", List.of("id", "quote", "speaker", "about", "factId", "source")),
            Map.entry("Source", List.of("id", "title", "publisher", "publishedOn", "url", "kind", "description")));

    @Inject
    Pool pool;

    @Inject
    CompiledReads compiled;

    @Test
    void bothPathsGiveTheSameBytes() throws Exception {
        GeneratedWar.ensure();
        Map<String, String> ids = PlansTest.sampleIds(pool);
        List<Request> requests = new ArrayList<>();
        new SchemaCorpus(Path.of("schema.graphql"), (owner, argument, type) -> PlansTest.sample(ids, owner, argument, type), 2)
                .queries().forEach(query -> requests.add(new Request(query.name(), query.text(), new JsonObject())));
        requests.addAll(bench());
        requests.addAll(shapes());
        requests.addAll(random(400, 12));
        // The other media type, whose Content-Type the compiled path must write as SmallRye does.
        for (Request request : List.copyOf(requests.subList(requests.size() - 440, requests.size() - 400))) {
            requests.add(new Request(request.name() + " as graphql-response+json", request.query(), request.variables(),
                    "application/graphql-response+json"));
        }

        int compiledCount = 0;
        List<String> differences = new ArrayList<>();
        for (Request request : requests) {
            Response smallRye = post(request, true);
            long before = compiled.compiledAnswers();
            Response answer = post(request, false);
            boolean wasCompiled = compiled.compiledAnswers() > before;
            compiledCount += wasCompiled ? 1 : 0;
            String expected = smallRye.statusCode() + " " + smallRye.contentType() + "\n" + new String(smallRye.asByteArray(), StandardCharsets.UTF_8);
            String actual = answer.statusCode() + " " + answer.contentType() + "\n" + new String(answer.asByteArray(), StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                differences.add(request.name() + (wasCompiled ? " (compiled)" : "") + ": " + request.query() + " " + request.variables()
                        + "\n  SmallRye: " + expected + "\n  answered: " + actual);
            }
        }
        Files.writeString(Path.of("target", "compiled-reads-differences.txt"), String.join("\n", differences) + "\n");
        System.out.printf("CompiledReadsTest: %d requests compared, %d answered by the compiled path, %d differences%n",
                requests.size(), compiledCount, differences.size());
        assertEquals(List.of(), differences, "answers that differ between the two paths");
        assertTrue(compiledCount >= 200, "the compiled path answered " + compiledCount + " of " + requests.size());
    }

    private static Response post(Request request, boolean smallRye) {
        var spec = given().contentType(ContentType.JSON).accept(request.accept())
                .body(new JsonObject().put("query", request.query()).put("variables", request.variables()).encode());
        if (smallRye) {
            spec = spec.header(CompiledReads.BYPASS_HEADER, "off");
        }
        return spec.when().post("/graphql").then().extract().response();
    }

    /** The benchmark's queries with values chosen as bench/bench.py chooses them. */
    private List<Request> bench() throws Exception {
        String strike = value("select percentile_disc(0.5) within group (order by id) from strike");
        String district = value("select r.parent_id from strike s join region r on r.id = s.region_id where r.kind = 'SETTLEMENT'"
                + " group by r.parent_id order by count(*) desc, r.parent_id limit 1");
        String oblast = value("select t.region_id from strike_month_totals t join region r on r.id = t.region_id"
                + " where r.kind = 'OBLAST' group by t.region_id order by sum(t.strikes) desc, t.region_id limit 1");
        String authority = value("select authority_id from sanction group by 1 order by count(*) desc, 1 limit 1");
        Map<String, JsonObject> variables = Map.of(
                "a", new JsonObject().put("id", strike),
                "b", new JsonObject().put("region", oblast).put("from", "2023-06-01").put("to", "2023-08-31"),
                "c", new JsonObject().put("parent", district),
                "d", new JsonObject().put("authority", authority),
                "e", new JsonObject().put("region", oblast));
        List<Request> requests = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            requests.add(new Request("bench " + name, Files.readString(Path.of("bench", "queries", name + ".frontline.graphql")),
                    variables.get(name)));
        }
        return requests;
    }

    /** The shapes the compiler takes or must leave alone, each beside SmallRye's answer. */
    private List<Request> shapes() throws Exception {
        String disputed = value("select strike_id from attribution group by 1 order by count(*) desc, 1 limit 1");
        String reported = value("select strike_id from casualty_report group by 1 order by count(*) desc, 1 limit 1");
        String district = value("select parent_id from region where kind = 'SETTLEMENT' group by 1 order by count(*) desc, 1 limit 1");
        String full = "id occurredOn weaponKind weapon target description killed killedQualifier injured injuredQualifier latitude longitude"
                + " version retiredReason weaponSupplier { id name kind } region { id name kind names latitude longitude parent { id name } }"
                + " casualtyReports { id killed killedQualifier injured injuredQualifier reportedBy reportedOn reportedByActor { id name }"
                + " sources { id quote speaker about factId source { id title publisher publishedOn url kind description } } }"
                + " attributions { id status claimedBy evidenceGiven attributedTo { name } claimedByActor { name } sources(first: 2) { quote } }"
                + " sources { id quote speaker about factId source { title } }";
        JsonObject none = new JsonObject();
        List<Request> requests = new ArrayList<>(List.of(
                new Request("every compiled field of a disputed strike", "{ strike(id: \"" + disputed + "\") { " + full + " } }", none),
                new Request("every compiled field of a reported strike", "query S($id: ID!) { strike(id: $id) { " + full + " } }",
                        new JsonObject().put("id", reported)),
                new Request("a strike that is not there", "{ strike(id: \"999999999\") { id } }", none),
                new Request("a bad id", "{ strike(id: \"12a\") { id } }", none),
                new Request("a bad id in a variable", "query S($id: ID!) { strike(id: $id) { id } }", new JsonObject().put("id", "-1")),
                new Request("a page size out of range", "{ strike(id: \"" + disputed + "\") { attributions(first: 101) { id } } }", none),
                new Request("several roots, aliases and __typename", "{ __typename one: strike(id: \"" + disputed + "\") { __typename key: id }"
                        + " place: region(id: \"" + district + "\") { name __typename kids: children(first: 3) { id name } } }", none),
                new Request("a fragment, included", "query S($yes: Boolean!) { strike(id: \"" + disputed + "\") { ...F @include(if: $yes)"
                        + " weapon @skip(if: $yes) } } fragment F on Strike { id region { name } }", new JsonObject().put("yes", true)),
                new Request("a fragment, skipped", "query S($yes: Boolean!) { strike(id: \"" + disputed + "\") { ...F @include(if: $yes)"
                        + " weapon @skip(if: $yes) } } fragment F on Strike { id region { name } }", new JsonObject().put("yes", false)),
                new Request("an inline fragment", "{ region(id: \"" + district + "\") { ... on Region { id strikeTotals { strikes killed"
                        + " killedQualifier strikesWithoutKilledFigure injured injuredQualifier strikesWithoutInjuredFigure } } } }", none),
                new Request("a region's latest strikes", "{ region(id: \"" + district + "\") { strikes(first: 7) { id occurredOn killed } } }", none),
                new Request("regions of no parent", "query R($p: ID) { regions(filter: {parent: $p}, first: 3) { totalCount"
                        + " pageInfo { hasNextPage hasPreviousPage } edges { node { id name } } } }", none),
                new Request("regions of a null parent", "query R($p: ID) { regions(filter: {parent: $p}, first: 3) { totalCount"
                        + " edges { node { id name } } } }", new JsonObject().putNull("p")),
                new Request("regions, an empty page", "{ regions(filter: {parent: \"" + district + "\"}, first: 0) { totalCount"
                        + " pageInfo { hasNextPage } edges { node { id } } } }", none),
                new Request("the same key twice", "{ strike(id: \"" + disputed + "\") { id id } }", none),
                new Request("introspection beside a read", "{ __schema { queryType { name } } strike(id: \"" + disputed + "\") { id } }", none)));
        return requests;
    }

    /**
     * Selections drawn at random from the schema below strike(id), region(id) and regions: every
     * field without a required argument may be picked, aliased, put in a fragment or under
     * include/skip, so that the compiler meets fields it does not know beside ones it does; every
     * other selection is drawn from the fields it knows alone, so that it answers them.
     */
    private List<Request> random(int count, long seed) throws Exception {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("schema.graphql")));
        List<String> strikes = values("select id from strike order by id desc limit 40");
        strikes.addAll(values("select strike_id from attribution group by 1 order by count(*) desc, 1 limit 20"));
        List<String> regions = values("select id from region where kind in ('DISTRICT', 'OBLAST') order by id limit 40");
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean known = i % 2 == 0;
            String root = switch (random.nextInt(3)) {
                case 0 -> "strike(id: \"" + strikes.get(random.nextInt(strikes.size())) + "\")" + selection(schema, "Strike", 0, random, known);
                case 1 -> "region(id: \"" + regions.get(random.nextInt(regions.size())) + "\")" + selection(schema, "Region", 0, random, known);
                default -> "regions(filter: {parent: \"" + regions.get(random.nextInt(regions.size())) + "\"}, first: " + random.nextInt(4)
                        + ")" + selection(schema, "RegionConnection", 0, random, known);
            };
            requests.add(new Request("random " + i, "{ " + root + " }", new JsonObject()));
        }
        return requests;
    }

    private static String selection(TypeDefinitionRegistry schema, String type, int depth, Random random, boolean known) {
        ObjectTypeDefinition object = (ObjectTypeDefinition) schema.getType(type).orElseThrow();
        List<String> fields = new ArrayList<>();
        int alias = 0;
        for (FieldDefinition field : object.getFieldDefinitions()) {
            boolean wrapper = type.endsWith("Connection") || type.endsWith("Edge");
            if (field.getInputValueDefinitions().stream().anyMatch(a -> a.getType() instanceof NonNullType)
                    || (known && !KNOWN.getOrDefault(type, List.of()).contains(field.getName()))
                    || (!wrapper && random.nextInt(3) > 0)) {
                continue;
            }
            String fieldType = SchemaCorpus.named(field.getType());
            boolean isObject = schema.getType(fieldType).orElse(null) instanceof ObjectTypeDefinition;
            int next = wrapper ? depth : depth + 1;
            if (isObject && next > 2) {
                continue;
            }
            String text = random.nextInt(8) == 0 ? "k" + (alias++) + ": " + field.getName() : field.getName();
            if (list(field.getType()) && field.getInputValueDefinitions().stream().anyMatch(a -> a.getName().equals("first"))) {
                text += "(first: " + random.nextInt(4) + ")";
            }
            int wrap = random.nextInt(12);
            if (wrap == 1 || wrap == 2) {
                text += (wrap == 1 ? " @include(if: " : " @skip(if: ") + random.nextBoolean() + ")";
            }
            if (isObject) {
                text += selection(schema, fieldType, next, random, known);
            }
            if (wrap == 0) {
                text = "... on " + type + " { " + text + " }";
            }
            fields.add(text);
        }
        if (random.nextInt(6) == 0 || fields.isEmpty()) {
            fields.add("__typename");
        }
        return " { " + String.join(" ", fields) + " }";
    }

    private static boolean list(Type<?> type) {
        return type instanceof ListType || (type instanceof NonNullType nonNull && nonNull.getType() instanceof ListType);
    }

    private String value(String sql) {
        return String.valueOf(pool.query(sql).execute().await().indefinitely().iterator().next().getValue(0));
    }

    private List<String> values(String sql) {
        List<String> values = new ArrayList<>();
        pool.query(sql).execute().await().indefinitely().forEach(row -> values.add(String.valueOf(row.getValue(0))));
        return values;
    }
}
