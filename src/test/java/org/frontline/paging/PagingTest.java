package org.frontline.paging;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PagingTest {

    private static final String PAGE = "totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    @Test
    void forwardsThroughAWholeListPageByPage() {
        List<String> all = data("{ regions(first: 100) { edges { node { name } } } }").getList("data.regions.edges.node.name");
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonPath page = data("query($after: String) { regions(first: 5, after: $after) { " + PAGE + " } }",
                    after == null ? "{}" : "{\"after\": \"" + after + "\"}");
            seen.addAll(page.getList("data.regions.edges.node.name"));
            assertEquals(all.size(), page.getInt("data.regions.totalCount"));
            assertEquals(after != null, page.getBoolean("data.regions.pageInfo.hasPreviousPage"));
            pages++;
            if (!page.getBoolean("data.regions.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.regions.pageInfo.endCursor");
        }
        assertEquals(all, seen, "every region once, in order");
        assertEquals((all.size() + 4) / 5, pages);
    }

    @Test
    void backwardsThroughAWholeListPageByPage() {
        List<String> all = data("{ regions(first: 100) { edges { node { name } } } }").getList("data.regions.edges.node.name");
        List<String> seen = new ArrayList<>();
        String before = null;
        while (true) {
            JsonPath page = data("query($before: String) { regions(last: 4, before: $before) { " + PAGE + " } }",
                    before == null ? "{}" : "{\"before\": \"" + before + "\"}");
            List<String> names = new ArrayList<>(page.getList("data.regions.edges.node.name"));
            Collections.reverse(names);
            seen.addAll(names);
            if (!page.getBoolean("data.regions.pageInfo.hasPreviousPage")) {
                break;
            }
            before = page.getString("data.regions.pageInfo.startCursor");
        }
        Collections.reverse(seen);
        assertEquals(all, seen);
    }

    @Test
    void strikesPageInEveryOrderWithCursorsThatStayValid() {
        for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST", "MOST_KILLED", "MOST_INJURED")) {
            List<String> all = data("{ strikes(orderBy: " + order + ") { edges { node { id } } } }").getList("data.strikes.edges.node.id");
            List<String> seen = new ArrayList<>();
            String after = null;
            do {
                JsonPath page = data("query($after: String) { strikes(orderBy: " + order + ", first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                        after == null ? "{}" : "{\"after\": \"" + after + "\"}");
                seen.addAll(page.getList("data.strikes.edges.node.id"));
                after = page.getBoolean("data.strikes.pageInfo.hasNextPage") ? page.getString("data.strikes.pageInfo.endCursor") : null;
            } while (after != null);
            assertEquals(all, seen, order);
            assertEquals(4, seen.size());
        }
    }

    @Test
    void anEmptyPageStillSaysWhetherMoreFollow() {
        JsonPath page = data("{ leaders(first: 0) { edges { cursor } pageInfo { hasNextPage startCursor } } }");
        assertEquals(List.of(), page.getList("data.leaders.edges"));
        assertTrue(page.getBoolean("data.leaders.pageInfo.hasNextPage"));
    }

    @Test
    void aCursorOfOneOrderIsRefusedInAnother() {
        String cursor = data("{ strikes(orderBy: NEWEST_FIRST, first: 1) { pageInfo { endCursor } } }").getString("data.strikes.pageInfo.endCursor");
        JsonPath refused = response("{ strikes(orderBy: MOST_KILLED, after: \"" + cursor + "\") { edges { cursor } } }");
        assertEquals("BAD_CURSOR", refused.getString("errors[0].extensions.code"));
        assertEquals("after", refused.getString("errors[0].extensions.argument"));
        assertTrue(refused.getString("errors[0].message").contains("NEWEST_FIRST"));

        String regionCursor = data("{ regions(first: 1) { pageInfo { endCursor } } }").getString("data.regions.pageInfo.endCursor");
        assertEquals("BAD_CURSOR", response("{ strikes(before: \"" + regionCursor + "\") { edges { cursor } } }").getString("errors[0].extensions.code"));
    }

    @Test
    void pagesAreCappedAtAHundred() {
        JsonPath refused = response("{ sanctions(first: 101) { edges { cursor } } }");
        assertEquals("BAD_ARGUMENT", refused.getString("errors[0].extensions.code"));
        assertEquals("first", refused.getString("errors[0].extensions.argument"));
        assertFalse(data("{ sanctions(first: 100) { pageInfo { hasNextPage } } }").getBoolean("data.sanctions.pageInfo.hasNextPage"));
    }
}
