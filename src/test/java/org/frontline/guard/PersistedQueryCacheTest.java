package org.frontline.guard;

import static org.frontline.guard.PersistedQueryTest.assertDonetsk;
import static org.frontline.guard.PersistedQueryTest.donetsk;
import static org.frontline.guard.PersistedQueryTest.extensions;
import static org.frontline.guard.PersistedQueryTest.sha256;
import static org.frontline.guard.RequestGuardTest.post;
import static org.frontline.guard.RequestGuardTest.quoted;
import static org.frontline.guard.RequestGuardTest.refused;

import org.frontline.Reconfigured;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The persisted queries' cache keeps the most recently used, within its entries and its characters:
 * here 2 entries and 350 characters (Reconfigured), room for three of these 101-character queries
 * (so the entries decide which goes) but not for one of 440.
 */
@QuarkusTest
@TestProfile(Reconfigured.class)
class PersistedQueryCacheTest {

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        String a = donetsk(), b = donetsk(), c = donetsk();
        register(a);
        register(b);
        assertDonetsk(byHash(a));
        register(c);
        assertDonetsk(byHash(a));
        assertDonetsk(byHash(c));
        refused(byHash(b), 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    }

    @Test
    void aQueryLargerThanTheCacheRunsButIsNotKept() {
        String large = donetsk().replace("{ q", "{ " + "# a long comment ".repeat(20) + "\n q");
        register(large);
        refused(byHash(large), 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
    }

    private static void register(String query) {
        assertDonetsk(post("{\"query\": " + quoted(query) + ", \"extensions\": " + extensions(sha256(query)) + "}"));
    }

    private static Response byHash(String query) {
        return post("{\"extensions\": " + extensions(sha256(query)) + "}");
    }
}
