package org.frontline.region;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.jsonList;
import static org.frontline.GraphQL.response;
import static org.frontline.GraphQL.violationCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

@QuarkusTest
@TestProfile(Writes.class)
class RegionMutationTest {

    /** A citation that would fail every check, were its list looked at item by item. */
    private static final String BAD_CITATION = "{\"source\": \"987654\", \"quote\": \" \"}";

    @Inject
    Pool pool;

    @Inject
    Sql sql;

    @Test
    void aChangeOfControlIsAddedToTheHistoryAndAnsweredByDate() {
        String source = source();
        String lyman = Seed.regionId("Lyman");
        String ukraine = Seed.actorId("Ukraine");
        JsonPath recorded = data("mutation($r: ID!, $c: ControlInput!) { recordControl(region: $r, control: $c) { controlHistory { controller { name } validFrom } } }",
                "{\"r\": \"" + lyman + "\", \"c\": {\"controller\": \"" + ukraine + "\", \"extent\": \"FULL\", \"validFrom\": \"2022-10-01\", "
                        + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Ukrainian forces entered Lyman.\"}]}}",
                Tokens.editor());
        assertEquals(List.of("Russia", "Ukraine"), recorded.getList("data.recordControl.controlHistory.controller.name"),
                "the earlier record stays");
        assertEquals(List.of("Russia"), holders(lyman, "2022-09-30"));
        assertEquals(List.of("Russia", "Ukraine"), holders(lyman, "2022-10-02"),
                "both records stand on 2 October: the record holds what sources said, and none said Russia's hold ended");
    }

    @Test
    void aRegionIsAddedUnderItsParentAndCannotBeMovedBelowItself() {
        String source = source();
        String donetsk = Seed.regionId("Donetsk Oblast");
        JsonPath created = data("mutation($in: RegionInput!) { createRegion(input: $in) { id name kind names parent { name } } }",
                "{\"in\": {\"name\": \"Bakhmut\", \"kind\": \"CITY\", \"parent\": \"" + donetsk + "\", \"latitude\": 48.5956, \"longitude\": 38.0003, "
                        + "\"otherNames\": [\"Artemivsk\"], \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Bakhmut, in Donetsk oblast\"}]}}",
                Tokens.editor());
        assertEquals("Donetsk Oblast", created.getString("data.createRegion.parent.name"));
        String bakhmut = created.getString("data.createRegion.id");
        assertEquals(List.of("Bakhmut"), data("{ regions(filter: {name: \"Artemivsk\"}) { edges { node { name } } } }")
                .getList("data.regions.edges.node.name"));

        JsonPath cycle = response("mutation($id: ID!, $c: RegionChanges!) { updateRegion(id: $id, changes: $c) { id } }",
                "{\"id\": \"" + donetsk + "\", \"c\": {\"version\": 0, \"parent\": \"" + bakhmut + "\", \"sources\": [{\"source\": \"" + source
                        + "\", \"quote\": \"x\"}]}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", cycle.getString("errors[0].extensions.code"));
        assertEquals("PARENT_CYCLE", cycle.getString("errors[0].extensions.violations[0].code"));
        assertEquals("Ukraine", data("query($id: ID!) { region(id: $id) { parent { name } } }", "{\"id\": \"" + donetsk + "\"}")
                .getString("data.region.parent.name"));
    }

    @Test
    void aClaimIsRecordedWithoutAnyoneRecognisingIt() {
        String source = source();
        String crimea = Seed.regionId("Crimea");
        JsonPath claimed = data("mutation($r: ID!, $c: ClaimInput!) { recordClaim(region: $r, claim: $c) { claims { claimant { name } claimedFrom basis } } }",
                "{\"r\": \"" + crimea + "\", \"c\": {\"claimant\": \"" + Seed.actorId("Ukraine") + "\", \"claimedFrom\": \"1991-08-24\", "
                        + "\"basis\": \"independence of Ukraine\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"Crimea is Ukraine.\"}]}}",
                Tokens.editor());
        assertEquals(List.of("Ukraine", "Russia"), claimed.getList("data.recordClaim.claims.claimant.name"), "oldest first, both kept");
        JsonPath reversed = response("mutation($r: ID!, $c: ClaimInput!) { recordClaim(region: $r, claim: $c) { id } }",
                "{\"r\": \"" + crimea + "\", \"c\": {\"claimant\": \"" + Seed.actorId("Ukraine") + "\", \"claimedFrom\": \"2000-01-01\", "
                        + "\"claimedUntil\": \"1999-01-01\", \"sources\": [{\"source\": \"" + source + "\", \"quote\": \"x\"}]}}", Tokens.editor());
        assertEquals("DATES_REVERSED", reversed.getString("errors[0].extensions.violations[0].code"));
    }

    @Test
    void listsPastTheirBoundsAreRefusedBeforeAnyStatementRuns() {
        String lyman = Seed.regionId("Lyman");
        String donetsk = Seed.regionId("Donetsk Oblast");
        String tooManyCitations = jsonList(Bounds.CITATIONS + 1, BAD_CITATION);
        String tooManyNames = jsonList(Bounds.NAMES + 1, "\"n\"");
        long regions = count("select count(*) from region");
        long names = count("select count(*) from region_name");
        long control = count("select count(*) from region_control");
        long claims = count("select count(*) from sovereignty_claim");
        long version = count("select version from region where id = " + donetsk);
        long statements = sql.statementsExecuted();

        JsonPath create = response("mutation($in: RegionInput!) { createRegion(input: $in) { id } }",
                "{\"in\": {\"name\": \"Too Many\", \"kind\": \"CITY\", \"otherNames\": " + tooManyNames + ", \"sources\": "
                        + tooManyCitations + "}}", Tokens.editor());
        assertEquals("VALIDATION_FAILED", create.getString("errors[0].extensions.code"));
        assertEquals(Map.of("input.otherNames", "TOO_MANY", "input.sources", "TOO_MANY"), violationCodes(create));

        // The parent would make a cycle: the check for it is a query, which a list past its bound never reaches.
        JsonPath update = response("mutation($id: ID!, $c: RegionChanges!) { updateRegion(id: $id, changes: $c) { id } }",
                "{\"id\": \"" + donetsk + "\", \"c\": {\"version\": 0, \"parent\": \"" + lyman + "\", \"otherNames\": " + tooManyNames
                        + ", \"sources\": " + tooManyCitations + "}}", Tokens.editor());
        assertEquals(Map.of("changes.otherNames", "TOO_MANY", "changes.sources", "TOO_MANY"), violationCodes(update));

        JsonPath recorded = response("mutation($r: ID!, $c: ControlInput!) { recordControl(region: $r, control: $c) { id } }",
                "{\"r\": \"" + lyman + "\", \"c\": {\"controller\": \"987654\", \"extent\": \"FULL\", \"validFrom\": \"2022-10-01\", "
                        + "\"sources\": " + tooManyCitations + "}}", Tokens.editor());
        assertEquals(Map.of("control.sources", "TOO_MANY"), violationCodes(recorded));

        JsonPath claimed = response("mutation($r: ID!, $c: ClaimInput!) { recordClaim(region: $r, claim: $c) { id } }",
                "{\"r\": \"" + lyman + "\", \"c\": {\"claimant\": \"987654\", \"claimedFrom\": \"2022-10-01\", "
                        + "\"sources\": " + tooManyCitations + "}}", Tokens.editor());
        assertEquals(Map.of("claim.sources", "TOO_MANY"), violationCodes(claimed));

        assertEquals(statements, sql.statementsExecuted(), "refused before any statement was sent");
        assertEquals(regions, count("select count(*) from region"));
        assertEquals(names, count("select count(*) from region_name"));
        assertEquals(control, count("select count(*) from region_control"));
        assertEquals(claims, count("select count(*) from sovereignty_claim"));
        assertEquals(version, count("select version from region where id = " + donetsk), "the refused correction took no version");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static List<String> holders(String region, String on) {
        return data("query($id: ID!, $on: Date) { region(id: $id) { controlledBy(on: $on) { controller { name } } } }",
                "{\"id\": \"" + region + "\", \"on\": \"" + on + "\"}").getList("data.region.controlledBy.controller.name");
    }

    private static String source() {
        return data("mutation { createSource(input: {title: \"Region checks\", kind: OTHER}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
    }
}
