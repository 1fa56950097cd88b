package org.frontline.guard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.frontline.error.ErrorCode;
import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a request may ask is decided from its text and the schema alone, before any SQL: these
 * tests call the check directly (the HTTP side is RequestGuardTest's and HostileRequestsTest's).
 */
@QuarkusTest
class OperationCheckTest {

    @Inject
    OperationCheck check;

    @Inject
    GraphQLSchema schema;

    @Inject
    Limits limits;

    @Test
    void everyListOfObjectsIsBoundedByItsPageOrItsFirst() {
        List<String> unbounded = new ArrayList<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                GraphQLType fieldType = GraphQLTypeUtil.unwrapNonNull(field.getType());
                boolean listOfObjects = fieldType instanceof GraphQLList && !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(fieldType));
                boolean bounded = field.getName().equals("edges")
                        || (field.getArgument("first") != null && field.getArgument("first").hasSetDefaultValue());
                if (listOfObjects && !bounded) {
                    unbounded.add(object.getName() + "." + field.getName());
                }
            }
        }
        // cite answers the fact's first citations, and a live event the first changes of its commit,
        // each capped in code at the size the check assumes for it.
        assertEquals(List.of("FactEvent.changes", "Mutation.cite", "RegionEvent.changes", "SanctionEvent.changes", "StrikeEvent.changes"),
                unbounded.stream().sorted().toList());
    }

    @Test
    void aFieldCountsOnceForEachTimeItCanAppear() {
        // strikes 1 + edges 1 + 5 x (node 1 + id 1 + sources 1 + 20 x quote 1)
        assertEquals(117, cost("{ strikes(first: 5) { edges { node { id sources { quote } } } } }", null));
        // The same with the page size from a variable, and from the connection's default (20).
        assertEquals(117, cost("query($n: Int) { strikes(first: $n) { edges { node { id sources { quote } } } } }",
                Json.createObjectBuilder().add("n", 5).build()));
        assertEquals(2 + 20 * 23, cost("{ strikes { edges { node { id sources { quote } } } } }", null));
        // A fragment costs what its fields cost wherever it is spread.
        assertEquals(117, cost("{ strikes(first: 5) { ...page } } fragment page on StrikeConnection { edges { node { id sources { quote } } } }", null));
    }

    @Test
    void theReadmesExamplesAndTheBenchmarksQueriesPass() throws IOException {
        List<String> operations = new ArrayList<>();
        Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        while (block.find()) {
            operations.add(block.group(1));
        }
        try (Stream<Path> files = Files.list(Path.of("bench/queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".frontline.graphql")).sorted().toList()) {
                operations.add(Files.readString(file));
            }
        }
        assertTrue(operations.size() >= 8, "README examples and benchmark queries found: " + operations.size());
        for (String operation : operations) {
            long cost = cost(operation, null);
            check.check(check.parse(operation), null, null);
            assertThat(operation, cost, lessThan(limits.maxCost()));
        }
    }

    @Test
    void theBenchmarksHeaviestAllowedRequestIsJustUnderTheLimit() throws IOException {
        // bench/hostile.py measures the service beside a client repeating it; it must stay allowed, and heavy.
        String heaviest = Files.readString(Path.of("bench/hostile-heaviest-allowed.graphql"));
        check.check(check.parse(heaviest), null, null);
        assertEquals(96_120, cost(heaviest, null));
        assertThat(limits.maxCost() - cost(heaviest, null), lessThan(limits.maxCost() / 10));
    }

    @Test
    void aChainOfNestedListsIsRefusedBeforeItRuns() {
        Refusal refusal = refused("{ regions(first:100){ edges{ node{ children{ parent{ children{ parent{ children{ parent{ children{ parent{"
                + " children{ parent{ id name }}}}}}}}}} }}}}", ErrorCode.TOO_DEEP);
        assertEquals((long) limits.maxDepth(), refusal.extensions().get("limit"));
        assertEquals(14L, refusal.extensions().get("actual"));
        Refusal costly = refused("{ regions(first:100){ edges{ node{ children{ children{ children{ id }}}}}}}", ErrorCode.TOO_COSTLY);
        assertEquals(limits.maxCost(), costly.extensions().get("limit"));
    }

    @Test
    void fragmentsThatDoubleAreCostedWithoutBeingExpanded() {
        StringBuilder query = new StringBuilder("{ ...F24 } fragment F0 on Query { strike(id: \"1\") { id } }");
        for (int i = 1; i <= 24; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }");
        }
        long started = System.nanoTime();
        Refusal refusal = refused(query.toString(), ErrorCode.TOO_MANY_FRAGMENTS);
        assertThat((System.nanoTime() - started) / 1_000_000L, lessThan(500L));
        assertEquals((1L << 25) - 1, refusal.extensions().get("actual"));
        refused("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", ErrorCode.TOO_MANY_FRAGMENTS);
    }

    @Test
    void aliasesDirectivesStringsAndTokensHaveTheirOwnLimits() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            aliases.append(" a").append(i).append(": strike(id: \"1\") { id }");
        }
        refused(aliases.append(" }").toString(), ErrorCode.TOO_MANY_ALIASES);
        refused("{ strike(id: \"1\") { id" + " @include(if: true)".repeat(100) + " } }", ErrorCode.TOO_MANY_DIRECTIVES);
        refused("{ regions(filter: {name: \"" + "a".repeat(limits.maxStringLength() + 1) + "\"}) { totalCount } }", ErrorCode.TOO_LONG);
        refused("{ regions(filter: {name: \"a\\u0000b\"}) { totalCount } }", ErrorCode.BAD_ARGUMENT);
        Refusal nul = assertThrows(Refusal.class, () -> check.check(check.parse("query($n: String) { regions(filter: {name: $n}) { totalCount } }"),
                null, Json.createObjectBuilder().add("n", "a\u0000b").build()));
        assertEquals(ErrorCode.BAD_ARGUMENT, nul.code());
        Refusal tokens = assertThrows(Refusal.class, () -> check.parse("{ strike(id: \"1\") {" + " id".repeat(14_000) + " } }"));
        assertEquals(ErrorCode.TOO_MANY_TOKENS, tokens.code());
        Refusal syntax = assertThrows(Refusal.class, () -> check.parse("{ strike(id: \"1\") { id }"));
        assertEquals(ErrorCode.PARSE_FAILED, syntax.code());
    }

    @Test
    void countsCostTheRowsTheyMayRead() {
        long withoutCount = cost("{ strikes(first: 1) { edges { node { id } } } }", null);
        long withCount = cost("{ strikes(first: 1) { totalCount edges { node { id } } } }", null);
        // On the seed the strike table is small: the count costs its one field, and nothing for rows.
        assertEquals(withoutCount + 1, withCount);
    }

    private long cost(String query, JsonObject variables) {
        Document document = check.parse(query);
        return check.cost(document, null, variables);
    }

    private Refusal refused(String query, ErrorCode code) {
        Refusal refusal = assertThrows(Refusal.class, () -> check.check(check.parse(query), null, null), query);
        assertEquals(code, refusal.code(), refusal.getMessage());
        return refusal;
    }
}
