package org.frontline.graphql;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.frontline.Reconfigured;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The core answers with both switches off, as after an upgrade that broke what they rely on:
 * SmallRye reads every field and loads every batched field itself (Reconfigured).
 */
@QuarkusTest
@TestProfile(Reconfigured.class)
class SmallRyeInternalsOffTest extends CoreAnswers {

    SmallRyeInternalsOffTest() {
        super(false);
    }

    /**
     * The one answer the prefetch switch changes: SmallRye keeps one DataLoader per field and loads
     * it with its first caller's arguments, so aliases of a batched field with different arguments
     * all get the first one's answer (on, each gets its own: PrefetchTest). If this fails after an
     * upgrade, SmallRye gives each its own now: delete this test and the README's exception.
     */
    @Test
    void aliasesOfABatchedFieldWithDifferentArgumentsGetTheFirstOnesAnswer() {
        JsonPath json = data("{ regions(filter: {name: \"Zaporozhye\", kind: OBLAST}) { edges { node { "
                + "all: strikeTotals { strikes } before: strikeTotals(to: \"2022-01-01\") { strikes } } } } }");
        assertEquals(1, json.getInt("data.regions.edges[0].node.all.strikes"));
        assertEquals(1, json.getInt("data.regions.edges[0].node.before.strikes"), "SmallRye's answer; the right one is 0");
    }
}
