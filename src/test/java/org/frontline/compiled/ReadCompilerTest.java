package org.frontline.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * What the compiler takes and what it leaves to SmallRye, without a database: a refused operation
 * is answered by SmallRye's path, errors and all (CompiledReadsTest compares the answers).
 */
class ReadCompilerTest {

    @Test
    void refusesWhatItDoesNotKnow() {
        String[] refused = {
            "mutation { retireStrike(id: \"1\", reason: \"x\", version: 0) { id } }",
            "subscription { strikeEvents { cursor } }",
            "{ __schema { queryType { name } } }",
            "{ strikes { totalCount } }",
            "{ strike(id: \"1\") { occurredAt } }",
            "{ strike(id: \"1\") { region { claims { id } } } }",
            "{ strike(id: \"1\") { attributions { claimedByLeader { name } } } }",
            "{ strike(id: \"1\") { id id } }",
            "{ strike(id: \"1\") { id @deprecated } }",
            "{ strike(id: \"12a\") { id } }",
            "{ strike(id: \"1\") { casualtyReports(first: 101) { id } } }",
            "{ strike(id: \"1\") { casualtyReports(first: -1) { id } } }",
            "query Q($first: Int = 3) { strike(id: \"1\") { casualtyReports(first: $first) { id } } }",
            "{ region(id: \"1\") { strikes(from: \"2023-01-01\") { id } } }",
            "{ region(id: \"1\") { strikeTotals(to: \"2023-01-01\") { strikes } } }",
            "{ regions(after: \"djEsTkFNRSx4LDE\") { edges { node { id } } } }",
            "{ regions(last: 2) { edges { node { id } } } }",
            "{ regions(filter: {name: \"Dobaryn\"}) { edges { node { id } } } }",
            "{ regions { edges { cursor } } }",
            "{ regions { pageInfo { endCursor } } }",
            "{ strike(id: \"1\") { ...F } } fragment F on Region { id }",
        };
        for (String query : refused) {
            assertThrows(ReadCompiler.Refused.class, () -> compile(query, null), query);
        }
    }

    @Test
    void compilesOneStatementPerRootFieldWithPageSizesWrittenIn() {
        Plan plan = compile("query A($id: ID!) { __typename s: strike(id: $id) { id casualtyReports(first: 5) { id } sources { quote } }"
                + " region(id: \"7\") { children { id } strikes { id } } }", null);
        assertEquals(3, plan.roots().size());
        assertEquals("\"Query\"", plan.roots().get(0).json());
        assertEquals("s", plan.roots().get(1).key());
        String strike = plan.roots().get(1).sql();
        // Never LIMIT $n inside a LATERAL: PostgreSQL would switch to a slow generic plan.
        assertTrue(strike.contains("limit 5") && strike.contains("limit 20"), strike);
        assertFalse(strike.matches("(?s).*limit \\$.*"), strike);
        String region = plan.roots().get(2).sql();
        assertTrue(region.contains("limit 100") && region.contains("limit 10"), region);
    }

    @Test
    void includeAndSkipAreAppliedWhenCompiled() {
        String query = "query Q($yes: Boolean!) { strike(id: \"1\") { id @include(if: $yes) weapon @skip(if: $yes) } }";
        assertTrue(compile(query, "{\"yes\": true}").roots().get(0).sql().contains("\"id\":"));
        assertFalse(compile(query, "{\"yes\": false}").roots().get(0).sql().contains("\"id\":"));
        assertNotEquals(ReadCompiler.shape(json("{\"yes\": true}")), ReadCompiler.shape(json("{\"yes\": false}")));
    }

    @Test
    void oneShapeServesEveryIdAndABadIdIsLeftToSmallRye() {
        assertEquals(ReadCompiler.shape(json("{\"id\": \"1\"}")), ReadCompiler.shape(json("{\"id\": \"99\"}")));
        assertNotEquals(ReadCompiler.shape(json("{\"first\": 1}")), ReadCompiler.shape(json("{\"first\": 2}")));
        Plan plan = compile("query A($id: ID!) { strike(id: $id) { id } }", "{\"id\": \"1\"}");
        assertEquals(1L, Plan.arguments(plan.roots().get(0), json("{\"id\": \"1\"}")).getLong(0));
        assertNull(Plan.arguments(plan.roots().get(0), json("{\"id\": \"x1\"}")));
    }

    private static Plan compile(String query, String variables) {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return ReadCompiler.compile(document, operation, variables == null ? null : json(variables));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
