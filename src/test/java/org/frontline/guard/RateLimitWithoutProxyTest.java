package org.frontline.guard;

import static org.frontline.guard.RateLimitTest.ask;
import static org.frontline.guard.RateLimitTest.remaining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no proxy trusted, the connection's address is the client, whatever headers it sends. */
@QuarkusTest
@TestProfile(RateLimitWithoutProxyTest.NoProxy.class)
class RateLimitWithoutProxyTest {

    public static class NoProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.rate-limit.enabled", "true",
                    "frontline.rate-limit.burst", "5",
                    "frontline.rate-limit.per-second", "0.25");
        }
    }

    @Test
    void aForwardedForHeaderChoosesNoBudget() {
        ask("198.51.100.1", null).jsonPath();
        for (int i = 2; i <= 5; i++) {
            assertEquals(5 - i, remaining(ask("198.51.100." + i, null)), "one budget for 127.0.0.1");
        }
        assertEquals(429, ask("198.51.100.6", null).statusCode());
    }
}
