package org.frontline.strike;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.jsonList;
import static org.frontline.GraphQL.response;
import static org.frontline.GraphQL.violationCodes;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.frontline.db.Sql;
import org.frontline.write.Bounds;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/** Adding a strike and correcting it from a second source, as an analyst would, and every refusal on the way. */
@QuarkusTest
@TestProfile(Writes.class)
class StrikeMutationTest {

    static final String CREATE = "mutation($input: StrikeInput!, $key: String) { createStrike(input: $input, clientKey: $key) { "
            + "id version occurredOn weaponKind weapon killed killedQualifier injured region { name } "
            + "casualtyReports { killed reportedBy sources { quote speaker } } attributions { attributedTo { name } status } "
            + "sources { quote speaker source { title } } } }";

    /** A citation that would fail every check, were its list looked at item by item. */
    static final String BAD_CITATION = "{\"source\": \"987654\", \"quote\": \" \"}";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    @Test
    void anAnalystAddsAStrikeThenCorrectsItsFigureFromASecondSource() {
        String kharkivReport = createSource("Regional administration statement", "OFFICIAL_STATEMENT");
        String laterReport = createSource("Prosecutor's update", "OFFICIAL_STATEMENT");
        JsonPath created = data(CREATE, "{\"input\": " + strikeInput(kharkivReport, "Dnipro", 4) + "}", Tokens.editor());
        String id = created.getString("data.createStrike.id");
        assertEquals(0, created.getInt("data.createStrike.version"));
        assertEquals("Dnipro", created.getString("data.createStrike.region.name"));
        assertEquals(4, created.getInt("data.createStrike.killed"));
        assertEquals("Four people were killed when a missile hit the bus station.",
                created.getString("data.createStrike.casualtyReports[0].sources[0].quote"));
        assertEquals(List.of("Russia"), created.getList("data.createStrike.attributions.attributedTo.name"));
        // Each citation keeps its speaker where the input names one, and none where it does not.
        assertEquals("the regional governor", created.getString("data.createStrike.sources[0].speaker"));
        assertNull(created.get("data.createStrike.casualtyReports[0].sources[0].speaker"));

        // A second source gives a higher figure: it is added beside the first, not over it.
        JsonPath corrected = data("mutation($strike: ID!, $report: CasualtyReportInput!) { reportCasualties(strike: $strike, report: $report) { "
                + "killed killedQualifier casualtyReports { killed reportedBy } } }",
                "{\"strike\": \"" + id + "\", \"report\": {\"killed\": 7, \"reportedByActor\": \"" + Seed.actorId("Office of the Prosecutor General of Ukraine")
                        + "\", \"sources\": [{\"source\": \"" + laterReport + "\", \"quote\": \"The death toll rose to seven.\"}]}}",
                Tokens.editor());
        assertEquals(List.of(4, 7), corrected.getList("data.reportCasualties.casualtyReports.killed"));
        assertEquals(4, corrected.getInt("data.reportCasualties.killed"), "the strike keeps the lowest reported figure");

        // The same strike reads the same through a query.
        JsonPath read = data("query($id: ID!) { strike(id: $id) { killed casualtyReports { killed } sources { quote } } }",
                "{\"id\": \"" + id + "\"}");
        assertEquals(List.of(4, 7), read.getList("data.strike.casualtyReports.killed"));
    }

    @Test
    void everyViolationIsReportedAtOnceWithItsPathAndCode() {
        long before = strikes();
        JsonPath refused = response(CREATE, "{\"input\": {\"occurredOn\": \"2023-01-05\", \"region\": \"987654\", \"weaponKind\": \"DRONE\", "
                + "\"latitude\": 91.5, \"casualties\": {\"killed\": -2, \"sources\": [{\"source\": \"1\", \"quote\": \"  \"}]}, "
                + "\"sources\": []}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", refused.getString("errors[0].extensions.code"));
        List<Map<String, String>> violations = refused.getList("errors[0].extensions.violations");
        Map<String, String> codeByPath = new java.util.HashMap<>();
        violations.forEach(v -> codeByPath.put(v.get("path"), v.get("code")));
        assertEquals("OUT_OF_RANGE", codeByPath.get("input.latitude"));
        assertEquals("INCOMPLETE_POINT", codeByPath.get("input.longitude"));
        assertEquals("NEGATIVE", codeByPath.get("input.casualties.killed"));
        assertEquals("REQUIRED", codeByPath.get("input.casualties.sources[0].quote"));
        assertEquals("REQUIRED", codeByPath.get("input.casualties.reportedByActor"));
        assertEquals("SOURCE_REQUIRED", codeByPath.get("input.sources"));
        assertEquals("UNKNOWN_REFERENCE", codeByPath.get("input.region"));
        assertThat(refused.getString("errors[0].message"), containsString("7 problems"));
        assertEquals(before, strikes(), "nothing was written");
    }

    @Test
    void aFailureOnlyTheDatabaseCatchesLeavesNoTraceAndComesBackAsAClearError() {
        String source = createSource("Atomicity check", "OTHER");
        String iran = Seed.actorId("Iran");
        // A rule the input checks know nothing of, so that the database refuses the last insert of
        // the strike (its attribution) after the strike, its citation and its report were written.
        pool.query("alter table attribution add constraint test_no_attribution_to_iran check (actor_id <> " + iran + ")")
                .execute().await().indefinitely();
        try {
            long strikes = strikes();
            long citations = count("select count(*) from citation");
            long reports = count("select count(*) from casualty_report");
            String input = strikeInput(source, "Odesa", 2).replace("\"attributedTo\": \"" + Seed.actorId("Russia") + "\"",
                    "\"attributedTo\": \"" + iran + "\"");
            JsonPath refused = response(CREATE, "{\"input\": " + input + "}", Tokens.editor());
            assertEquals("VALIDATION_FAILED", refused.getString("errors[0].extensions.code"));
            assertEquals("RULE_BROKEN", refused.getString("errors[0].extensions.violations[0].code"));
            assertThat(refused.getString("errors[0].message"), containsString("test_no_attribution_to_iran"));
            assertThat(refused.prettify().toLowerCase(), org.hamcrest.Matchers.not(containsString("insert into")));
            assertEquals(strikes, strikes(), "no half-written strike");
            assertEquals(citations, count("select count(*) from citation"), "no orphan citation");
            assertEquals(reports, count("select count(*) from casualty_report"), "no orphan report");
        } finally {
            pool.query("alter table attribution drop constraint test_no_attribution_to_iran").execute().await().indefinitely();
        }
    }

    @Test
    void retryingACreateWithTheSameClientKeyCreatesOneStrike() {
        String source = createSource("Retry check", "OTHER");
        long before = strikes();
        String variables = "{\"key\": \"retry-1\", \"input\": " + strikeInput(source, "Mykolaiv", 1) + "}";
        String first = data(CREATE, variables, Tokens.editor()).getString("data.createStrike.id");
        String second = data(CREATE, variables, Tokens.editor()).getString("data.createStrike.id");
        assertEquals(first, second);
        assertEquals(before + 1, strikes());
    }

    @Test
    void writingNeedsATokenWithTheRightRoleAndARefusalChangesNothing() {
        String source = createSource("Access check", "OTHER");
        String input = "{\"input\": " + strikeInput(source, "Kyiv", 1) + "}";
        long before = strikes();
        assertEquals("UNAUTHENTICATED", response(CREATE, input, null).getString("errors[0].extensions.code"));
        assertEquals("UNAUTHENTICATED", response(CREATE, input, Tokens.expired()).getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", response(CREATE, input, Tokens.reader()).getString("errors[0].extensions.code"));
        assertEquals(before, strikes());

        assertEquals("UNAUTHENTICATED", response(CREATE, input, "not.a.token").getString("errors[0].extensions.code"));
        assertEquals(before, strikes());
        // Reading needs no token, and a rejected one does not stop a read.
        assertNotNull(response("{ strikes { totalCount } }", "{}", Tokens.expired()).get("data.strikes.totalCount"));
        assertNotNull(response("{ strikes { totalCount } }", "{}", "not.a.token").get("data.strikes.totalCount"));

        String id = data(CREATE, input, Tokens.editor()).getString("data.createStrike.id");
        String retire = "mutation($id: ID!) { retireStrike(id: $id, version: 0, reason: \"duplicate of another report\") { id retiredAt } }";
        JsonPath editorRefused = response(retire, "{\"id\": \"" + id + "\"}", Tokens.editor());
        assertEquals("FORBIDDEN", editorRefused.getString("errors[0].extensions.code"));
        assertNull(data("query($id: ID!) { strike(id: $id) { retiredAt } }", "{\"id\": \"" + id + "\"}").get("data.strike.retiredAt"));

        assertNotNull(data(retire, "{\"id\": \"" + id + "\"}", Tokens.admin()).get("data.retireStrike.retiredAt"));
    }

    @Test
    void aRetiredStrikeLeavesTheListsButStaysInTheRecord() {
        String source = createSource("Retirement check", "OTHER");
        String id = data(CREATE, "{\"input\": " + strikeInput(source, "Moscow", 0) + "}", Tokens.editor()).getString("data.createStrike.id");
        String moscow = Seed.regionId("Moscow");
        assertEquals(1, data("{ strikes(filter: {region: \"" + moscow + "\"}) { totalCount } }").getInt("data.strikes.totalCount"));

        data("mutation($id: ID!) { retireStrike(id: $id, version: 0, reason: \"the report was withdrawn\") { id } }",
                "{\"id\": \"" + id + "\"}", Tokens.admin());
        assertEquals(0, data("{ strikes(filter: {region: \"" + moscow + "\"}) { totalCount } }").getInt("data.strikes.totalCount"));
        assertEquals(0, data("query($r: ID!) { region(id: $r) { strikeTotals { strikes } strikes { id } } }", "{\"r\": \"" + moscow + "\"}")
                .getInt("data.region.strikeTotals.strikes"));
        assertEquals(1, data("{ strikes(filter: {region: \"" + moscow + "\", includeRetired: true}) { totalCount } }")
                .getInt("data.strikes.totalCount"));
        JsonPath retired = data("query($id: ID!) { strike(id: $id) { retiredReason version } }", "{\"id\": \"" + id + "\"}");
        assertEquals("the report was withdrawn", retired.getString("data.strike.retiredReason"));
        assertEquals(1, retired.getInt("data.strike.version"));

        JsonPath again = response("mutation($id: ID!) { retireStrike(id: $id, version: 1, reason: \"twice\") { id } }",
                "{\"id\": \"" + id + "\"}", Tokens.admin());
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"));
    }

    @Test
    void everyChangeIsInTheHistoryNewestFirstWithWhoMadeIt() {
        String source = createSource("History check", "OTHER");
        String id = data(CREATE, "{\"input\": " + strikeInput(source, "Lyman", 3) + "}", Tokens.editor()).getString("data.createStrike.id");
        data("mutation($id: ID!, $c: StrikeChanges!) { updateStrike(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"target\": \"a railway station\", \"sources\": [{\"source\": \""
                        + source + "\", \"quote\": \"It was the railway station that was hit.\"}]}}",
                Tokens.of("corrector-cy", "editor"));

        JsonPath history = data("query($id: ID!) { history(fact: STRIKE, id: $id) { edges { node { action changedBy changedFields before after } } pageInfo { hasNextPage } } }",
                "{\"id\": \"" + id + "\"}");
        List<String> actions = history.getList("data.history.edges.node.action");
        assertEquals("CITE", actions.get(0), "the correction's source, newest first");
        assertEquals("UPDATE", actions.get(1));
        assertEquals("CREATE", actions.get(actions.size() - 1));
        assertEquals("corrector-cy", history.getString("data.history.edges[1].node.changedBy"));
        assertThat(history.getList("data.history.edges[1].node.changedFields"), hasItems("target"));
        assertThat(history.getString("data.history.edges[1].node.before"), containsString("\"version\": 1"));
        assertThat(history.getString("data.history.edges[1].node.after"), containsString("a railway station"));
        assertEquals("editor-ed", history.getString("data.history.edges[" + (actions.size() - 1) + "].node.changedBy"));

        // Paged one change at a time, newest first, the same changes come back.
        List<String> paged = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonPath page = data("query($id: ID!, $after: String) { history(fact: STRIKE, id: $id, first: 1, after: $after) { edges { node { action } } pageInfo { hasNextPage endCursor } } }",
                    "{\"id\": \"" + id + "\"" + (after == null ? "" : ", \"after\": \"" + after + "\"") + "}");
            paged.addAll(page.getList("data.history.edges.node.action"));
            after = page.getBoolean("data.history.pageInfo.hasNextPage") ? page.getString("data.history.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(actions, paged);
    }

    @Test
    void anUpdateStatingAnOldVersionIsRefusedAndChangesNothing() {
        String source = createSource("Version check", "OTHER");
        String id = data(CREATE, "{\"input\": " + strikeInput(source, "Kyiv", 2) + "}", Tokens.editor()).getString("data.createStrike.id");
        String update = "mutation($id: ID!, $c: StrikeChanges!) { updateStrike(id: $id, changes: $c) { version description } }";
        String first = "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"description\": \"first correction\", \"sources\": [{\"source\": \""
                + source + "\", \"quote\": \"first\"}]}}";
        assertEquals(1, data(update, first, Tokens.editor()).getInt("data.updateStrike.version"));
        JsonPath stale = response(update, first.replace("first correction", "stale correction"), Tokens.editor());
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals("version", stale.getString("errors[0].extensions.argument"));
        assertEquals("first correction", data("query($id: ID!) { strike(id: $id) { description } }", "{\"id\": \"" + id + "\"}")
                .getString("data.strike.description"));
        assertThat(data("query($id: ID!) { history(fact: STRIKE, id: $id) { edges { node { after } } } }", "{\"id\": \"" + id + "\"}")
                .getList("data.history.edges.node.after").toString(), org.hamcrest.Matchers.not(containsString("stale correction")));
        assertEquals("NOT_FOUND", response(update, first.replace("\"id\": \"" + id + "\"", "\"id\": \"987654\""), Tokens.editor())
                .getString("errors[0].extensions.code"));
    }

    @Test
    void aListPastItsBoundIsRefusedAloneBeforeAnyStatementRuns() {
        String source = createSource("Bounds check", "OTHER");
        String id = data(CREATE, "{\"input\": " + strikeInput(source, "Odesa", 1) + "}", Tokens.editor()).getString("data.createStrike.id");
        String region = Seed.regionId("Odesa");
        String citation = "{\"source\": \"" + source + "\", \"quote\": \"A drone hit the port.\"}";
        String tooManyCitations = jsonList(Bounds.CITATIONS + 1, BAD_CITATION);
        long strikes = strikes();
        long citations = count("select count(*) from citation");
        long reports = count("select count(*) from casualty_report");
        long attributions = count("select count(*) from attribution");
        long statements = sql.statementsExecuted();

        JsonPath sources = response(CREATE, "{\"input\": {\"occurredOn\": \"2023-01-05\", \"region\": \"" + region
                + "\", \"weaponKind\": \"DRONE\", \"sources\": " + tooManyCitations + "}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", sources.getString("errors[0].extensions.code"));
        assertEquals(Map.of("input.sources", "TOO_MANY"), violationCodes(sources), "only the bound: no item is looked at");
        assertThat(sources.getString("errors[0].message"), containsString("at most " + Bounds.CITATIONS));

        JsonPath nested = response(CREATE, "{\"input\": {\"occurredOn\": \"2023-01-05\", \"region\": \"" + region
                + "\", \"weaponKind\": \"DRONE\", \"casualties\": {\"killed\": 1, \"sources\": " + tooManyCitations + "}, "
                + "\"attributions\": " + jsonList(Bounds.ATTRIBUTIONS + 1, "{\"attributedTo\": \"987654\", \"status\": \"CLAIMED\"}")
                + ", \"sources\": [" + citation + "]}}", Tokens.editor());
        assertEquals(Map.of("input.casualties.sources", "TOO_MANY", "input.attributions", "TOO_MANY"), violationCodes(nested));

        JsonPath update = response("mutation($id: ID!, $c: StrikeChanges!) { updateStrike(id: $id, changes: $c) { version } }",
                "{\"id\": \"" + id + "\", \"c\": {\"version\": 0, \"weapon\": \"drone\", \"sources\": " + tooManyCitations + "}}",
                Tokens.editor());
        assertEquals(Map.of("changes.sources", "TOO_MANY"), violationCodes(update));

        JsonPath report = response("mutation($id: ID!, $r: CasualtyReportInput!) { reportCasualties(strike: $id, report: $r) { id } }",
                "{\"id\": \"" + id + "\", \"r\": {\"killed\": 2, \"sources\": " + tooManyCitations + "}}", Tokens.editor());
        assertEquals(Map.of("report.sources", "TOO_MANY"), violationCodes(report));

        JsonPath attribution = response("mutation($id: ID!, $a: AttributionInput!) { attributeStrike(strike: $id, attribution: $a) { id } }",
                "{\"id\": \"" + id + "\", \"a\": {\"attributedTo\": \"987654\", \"status\": \"CLAIMED\", \"sources\": "
                        + tooManyCitations + "}}", Tokens.editor());
        assertEquals(Map.of("attribution.sources", "TOO_MANY"), violationCodes(attribution));

        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(strikes, strikes());
        assertEquals(citations, count("select count(*) from citation"));
        assertEquals(reports, count("select count(*) from casualty_report"));
        assertEquals(attributions, count("select count(*) from attribution"));
        assertEquals(0, count("select version from strike where id = " + id), "the refused correction took no version");
    }

    /** The schema says the sources to cite are never null ([CitationInput!]!), so a null among them is refused before anything runs. */
    @Test
    void aNullAmongTheSourcesToCiteIsRefusedBeforeAnyStatementRuns() {
        String source = createSource("Null item check", "OTHER");
        String id = data(CREATE, "{\"input\": " + strikeInput(source, "Odesa", 1) + "}", Tokens.editor()).getString("data.createStrike.id");
        String citation = "{\"source\": \"" + source + "\", \"quote\": \"A drone hit the port.\"}";
        long citations = count("select count(*) from citation");
        long statements = sql.statementsExecuted();

        JsonPath refused = response("mutation($id: ID!, $s: [CitationInput!]!) { cite(fact: STRIKE, id: $id, sources: $s) { quote } }",
                "{\"id\": \"" + id + "\", \"s\": [" + citation + ", null]}", Tokens.editor());
        assertEquals("BAD_VARIABLE", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertThat(refused.getString("errors[0].message"), containsString("[1] is required, and null was given"));
        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(citations, count("select count(*) from citation"));
    }

    static String createSource(String title, String kind) {
        return data("mutation($s: SourceInput!) { createSource(input: $s) { id } }",
                "{\"s\": {\"title\": \"" + title + "\", \"kind\": \"" + kind + "\", \"publishedOn\": \"2023-01-05\"}}", Tokens.editor())
                .getString("data.createSource.id");
    }

    /** A strike with its source, a casualty report and an attribution to Russia, as JSON. */
    static String strikeInput(String source, String region, int killed) {
        return "{\"occurredOn\": \"2023-01-05\", \"region\": \"" + Seed.regionId(region) + "\", \"weaponKind\": \"MISSILE\", "
                + "\"weapon\": \"cruise missile\", \"target\": \"a bus station\", "
                + "\"casualties\": {\"killed\": " + killed + ", \"reportedByActor\": \"" + Seed.actorId("Office of the Prosecutor General of Ukraine") + "\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Four people were killed when a missile hit the bus station.\"}]}, "
                + "\"attributions\": [{\"attributedTo\": \"" + Seed.actorId("Russia") + "\", \"status\": \"CLAIMED\", "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Russia launched the missile.\"}]}], "
                + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"A missile hit the bus station.\", \"speaker\": \"the regional governor\"}]}";
    }

    private long strikes() {
        return count("select count(*) from strike");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
