package org.frontline.region;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(Writes.class)
class RegionMutationTest {

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

    private static List<String> holders(String region, String on) {
        return data("query($id: ID!, $on: Date) { region(id: $id) { controlledBy(on: $on) { controller { name } } } }",
                "{\"id\": \"" + region + "\", \"on\": \"" + on + "\"}").getList("data.region.controlledBy.controller.name");
    }

    private static String source() {
        return data("mutation { createSource(input: {title: \"Region checks\", kind: OTHER}) { id } }", "{}", Tokens.editor())
                .getString("data.createSource.id");
    }
}
