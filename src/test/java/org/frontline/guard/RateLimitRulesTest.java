package org.frontline.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.frontline.guard.RateLimiter.Budget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rate limit's arithmetic and whom it counts, without a server: the rules RateLimitTest sees over HTTP. */
@Tag("plain")
class RateLimitRulesTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void theDefaultsAnswerABurstAndThenTenASecond() {
        Budget budget = new Budget("address", 100, 10, 100_000);
        long start = 1_000 * SECOND;
        int answered = 0;
        // 1,000 requests from one client, evenly spread from the first to the last 4 s later.
        for (int i = 0; i < 1_000; i++) {
            if (budget.take("198.51.100.1", start + i * 4 * SECOND / 999, 1) > 0) {
                answered++;
            }
        }
        assertEquals(140, answered, "the burst of 100, then 10 a second for 4 s");
        assertEquals("\"address\";q=100;w=10", budget.policy);
    }

    @Test
    void whatIsLeftAndWhenToRetry() {
        Budget budget = new Budget("address", 3, 0.5, 100_000);
        long now = 50 * SECOND;
        assertEquals(2, budget.remaining(budget.take("a", now, 1)));
        assertEquals(1, budget.remaining(budget.take("a", now, 1)));
        long last = budget.take("a", now, 1);
        assertEquals(0, budget.remaining(last));
        assertEquals(6, RateLimiter.seconds(last), "the whole burst is back after 3 x 2 s");
        long refused = budget.take("a", now + SECOND / 2, 1);
        assertTrue(refused < 0);
        assertEquals(2, RateLimiter.seconds(-refused), "one request comes back 2 s after the first was taken");
        assertTrue(budget.take("a", now + 2 * SECOND, 1) > 0, "and may then be sent");
        assertEquals(2, budget.remaining(budget.take("b", now, 1)), "another client has its own bucket");
    }

    @Test
    void costIsSpentByThePoint() {
        // The defaults: 200,000 points at once, 20,000 back a second.
        Budget budget = new Budget("address-cost", 200_000, 20_000, 100_000);
        long now = 0;
        for (int i = 0; i < 4; i++) {
            assertTrue(budget.take("a", now, 50_000) > 0, "four of the heaviest requests fit in the burst");
        }
        long refused = budget.take("a", now, 50_000);
        assertTrue(refused < 0, "the fifth does not");
        assertEquals(2 * SECOND + SECOND / 2, -refused, "it may come once 50,000 points are back");
        assertTrue(budget.take("a", now, 100) < 0, "nothing is left for even a small one at once");
        assertTrue(budget.take("a", now + SECOND / 100, 100) > 0, "until its 100 points come back");
        assertTrue(budget.take("b", now, 250_000) < 0, "a cost over the whole burst is never affordable");
    }

    @Test
    void memoryStaysBounded() {
        Budget budget = new Budget("address", 5, 1, 1_000);
        long now = 7 * SECOND;
        for (int i = 0; i < 10_000; i++) {
            budget.take("client-" + i, now, 1);
        }
        assertTrue(budget.size() <= 1_000, "at most maxClients busy clients, was " + budget.size());
        budget.forgetIdle(now + 5 * SECOND);
        assertEquals(0, budget.size(), "a full bucket is forgotten");
    }

    @Test
    void theProxyEntryIsTheRightMostOne() {
        List<String> appended = List.of("203.0.113.9, 198.51.100.7", "192.0.2.1");
        assertEquals("192.0.2.1", ClientAddress.fromHeader(appended, false, 1));
        assertEquals("198.51.100.7", ClientAddress.fromHeader(appended, false, 2));
        assertEquals("203.0.113.9", ClientAddress.fromHeader(appended, false, 3));
        assertNull(ClientAddress.fromHeader(appended, false, 4), "fewer entries than proxies: not believed");
        assertNull(ClientAddress.fromHeader(List.of(), false, 1));
        assertEquals("198.51.100.7", ClientAddress.fromHeader(List.of("198.51.100.7,, "), false, 1));
    }

    @Test
    void forwardedNamesTheClientInFor() {
        List<String> forwarded = List.of("for=203.0.113.9;proto=https, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.1");
        assertEquals("[2001:db8:cafe::17]:4711", ClientAddress.fromHeader(forwarded, true, 1));
        assertEquals("203.0.113.9", ClientAddress.fromHeader(forwarded, true, 2));
        assertNull(ClientAddress.fromHeader(List.of("proto=https"), true, 1));
    }

    @Test
    void addressesAreCountedByHostAndIpv6ByItsSlash64() {
        assertEquals("198.51.100.7", ClientAddress.normalize("198.51.100.7"));
        assertEquals("198.51.100.7", ClientAddress.normalize("198.51.100.7:53211"));
        assertEquals("2001:db8:cafe:0::/64", ClientAddress.normalize("2001:db8:cafe::17"));
        assertEquals("2001:db8:cafe:0::/64", ClientAddress.normalize("[2001:db8:cafe::99]:4711"));
        assertEquals("2001:db8:cafe:0::/64", ClientAddress.normalize("2001:db8:cafe:0:1:2:3:4%eth0"));
        assertEquals("198.51.100.7", ClientAddress.normalize("::ffff:198.51.100.7"));
        assertNull(ClientAddress.normalize("example.org"), "a name is never resolved");
        assertNull(ClientAddress.normalize("unknown"));
        assertNull(ClientAddress.normalize("_hidden"));
        assertNull(ClientAddress.normalize("[2001:db8::1"));
    }
}
