package org.frontline.guard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontline.GraphQL;
import org.frontline.Tokens;
import org.frontline.live.LiveClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The rate limit as a client meets it, behind a proxy that writes X-Forwarded-For, so that each test
 * is a client (an address) of its own: a burst of five, then one every four seconds, slow enough
 * that nothing comes back while a test sends its requests on a busy machine.
 */
@QuarkusTest
@TestProfile(RateLimitTest.BehindAProxy.class)
class RateLimitTest {

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URL graphql;

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.rate-limit.enabled", "true",
                    "frontline.rate-limit.burst", "5",
                    "frontline.rate-limit.per-second", "0.25",
                    "frontline.rate-limit.user-burst", "3",
                    "frontline.rate-limit.user-per-second", "0.25",
                    "frontline.rate-limit.trusted-proxy-header", "X-Forwarded-For",
                    "frontline.rate-limit.cost-burst", "300",
                    "frontline.rate-limit.cost-per-second", "1");
        }
    }

    private static final Pattern REMAINING = Pattern.compile(";r=(\\d+)");

    @Test
    void aBurstIsAnsweredThenRefusedUntilTheRequestComesBack() throws InterruptedException {
        // Warm up the client's JSON reading, which takes a while the first time.
        ask("198.51.100.100", null).jsonPath();
        for (int left = 4; left >= 0; left--) {
            Response answered = ask("198.51.100.1", null);
            assertEquals(200, answered.statusCode());
            assertEquals("\"address\";q=5;w=20", RateLimitTest.first(answered.header("RateLimit-Policy")));
            assertEquals(left, remaining(answered), "RateLimit: " + answered.header("RateLimit"));
        }
        Response refused = ask("198.51.100.1", null);
        assertEquals(429, refused.statusCode());
        // 429 whatever the client accepts: HTTP has the word for it.
        assertEquals(429, client("198.51.100.1").accept("application/graphql-response+json").body(query()).post("/graphql").statusCode());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "Retry-After: " + retryAfter);
        assertEquals("\"address\";r=0;t=" + retryAfter, first(refused.header("RateLimit")));
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("errors[0].extensions.code"));
        assertEquals(retryAfter, refused.jsonPath().getLong("errors[0].extensions.retryAfterSeconds"));
        String message = refused.jsonPath().getString("errors[0].message");
        assertThat(message, containsString("5 requests at once, then 0.25 a second"));
        assertThat(message, containsString("Retry after " + retryAfter + " s"));
        assertThat(refused.asString(), not(containsString("java")));
        assertThat(refused.asString(), not(containsString("org.frontline")));
        assertNull(refused.jsonPath().get("data"));

        // The wait is what is tested: after Retry-After seconds the client is served again.
        Thread.sleep(retryAfter * 1000);
        assertEquals(200, ask("198.51.100.1", null).statusCode());
    }

    @Test
    void everyClientHasItsOwnBudget() {
        exhaust("198.51.100.2");
        assertEquals(429, ask("198.51.100.2", null).statusCode());
        assertEquals(4, remaining(ask("198.51.100.3", null)), "another address starts with its burst");
        // Only the entry the proxy appended counts: what the client wrote before it changes nothing.
        Response spoofed = client("203.0.113.77, 198.51.100.2").body(query()).post("/graphql");
        assertEquals(429, spoofed.statusCode());
    }

    @Test
    void aVerifiedTokenHasItsUsersBudget() {
        String token = Tokens.of("rate-ray", "editor");
        exhaust("198.51.100.4");
        Response signedIn = ask("198.51.100.4", token);
        assertEquals(200, signedIn.statusCode());
        assertEquals("\"user\";q=3;w=12", RateLimitTest.first(signedIn.header("RateLimit-Policy")));
        assertEquals(2, remaining(signedIn));
        // The user's budget follows the user, whatever address the request comes from.
        assertEquals(1, remaining(ask("198.51.100.5", token)));
        assertEquals(0, remaining(ask("198.51.100.6", token)));
        Response refused = ask("198.51.100.6", token);
        assertEquals(429, refused.statusCode());
        assertThat(refused.jsonPath().getString("errors[0].message"), containsString("user rate-ray"));
        assertEquals(4, remaining(ask("198.51.100.6", null)), "and leaves the address's budget alone");
    }

    @Test
    void aTokenThatDoesNotVerifyGetsNoBudgetOfItsOwn() {
        Response read = ask("198.51.100.8", "not-a-token");
        assertEquals(200, read.statusCode(), "a read with a bad token is still a read");
        assertNull(read.jsonPath().get("errors"));
        assertEquals("\"address\";q=5;w=20", RateLimitTest.first(read.header("RateLimit-Policy")));
        String[] garbage = { "garbage-1", "garbage-2", Tokens.expired(), Tokens.editor() + "x" };
        exhaust("198.51.100.8");
        for (String token : garbage) {
            // Refused, or (on a machine slow enough for a request to have come back meanwhile)
            // answered from the address's empty bucket: never from a fresh one.
            Response counted = ask("198.51.100.8", token);
            assertEquals("\"address\";q=5;w=20", RateLimitTest.first(counted.header("RateLimit-Policy")), "token " + token);
            assertEquals(0, remaining(counted), "token " + token);
        }
        Response refused = ask("198.51.100.8", "garbage-3");
        assertEquals(429, refused.statusCode());
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void writesStillLearnWhoIsWriting() {
        String retire = GraphQL.body("mutation { retireStrike(id: \"1\", version: 0, reason: \"a test\") { id } }", "{}");
        Response editor = client("198.51.100.11").header("Authorization", "Bearer " + Tokens.of("rate-rita", "editor")).body(retire)
                .post("/graphql");
        assertEquals("FORBIDDEN", editor.jsonPath().getString("errors[0].extensions.code"), "the token reached the write: " + editor.asString());
        Response garbage = client("198.51.100.11").header("Authorization", "Bearer garbage").body(retire).post("/graphql");
        assertEquals(200, garbage.statusCode(), "a rejected token is a GraphQL error, not a 401");
        assertEquals("UNAUTHENTICATED", garbage.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void aCorsPreflightIsNotCounted() {
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", "198.51.100.9").header("Origin", "https://dashboard.example")
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                    .options("/graphql").then().statusCode(200);
        }
        Response answered = client("198.51.100.9").header("Origin", "https://dashboard.example").body(query()).post("/graphql");
        assertEquals(4, remaining(answered));
        // A browser script may read the limit.
        assertThat(answered.header("Access-Control-Expose-Headers"), containsString("RateLimit"));
    }

    @Test
    void aClientSpendsItsBudgetOfCostTooAndIsToldWhatARequestCost() {
        // 117 points: strikes and edges, then five times node, id, sources and 20 quotes.
        String costly = GraphQL.body("{ strikes(first: 5) { edges { node { id sources { quote } } } } }", "{}");
        for (int left : new int[] {183, 66}) {
            Response answered = client("198.51.100.20").body(costly).post("/graphql");
            assertEquals(200, answered.statusCode());
            assertThat(answered.header("RateLimit-Policy"), containsString("\"address-cost\";q=300;w=300"));
            assertThat(answered.header("RateLimit"), containsString("\"address-cost\";r=" + left + ";"));
        }
        Response refused = client("198.51.100.20").body(costly).post("/graphql");
        assertEquals(429, refused.statusCode());
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("errors[0].extensions.code"));
        assertEquals(117, refused.jsonPath().getLong("errors[0].extensions.cost"));
        assertThat(refused.jsonPath().getString("errors[0].message"), containsString("costs 117 points"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        // A cheap request still fits what is left.
        assertEquals(200, client("198.51.100.20").body(query()).post("/graphql").statusCode());
    }

    @Test
    void aSubscriptionSpendsTheBudgetOfTheClientThatOpenedTheSocket() throws Exception {
        // 24 points: the event, its strike, the strike's id and sources, and 20 quotes.
        String subscription = "subscription { strikeEvents { strike { id sources { quote } } } }";
        try (LiveClient live = LiveClient.connect(graphql.toString(), Map.of("X-Forwarded-For", "198.51.100.40"))) {
            // Twelve fit in the 300 points; the thirteenth does not.
            for (int i = 0; i < 13; i++) {
                live.subscribe("s" + i, subscription, null);
            }
            io.vertx.core.json.JsonObject refused = live.next(10);
            assertEquals("error", refused.getString("type"));
            assertEquals("s12", refused.getString("id"), "the first refused: " + refused.encode());
            io.vertx.core.json.JsonObject error = refused.getJsonArray("payload").getJsonObject(0);
            assertEquals("RATE_LIMITED", error.getJsonObject("extensions").getString("code"));
            assertEquals(24, error.getJsonObject("extensions").getLong("cost"));
            assertTrue(error.getJsonObject("extensions").getLong("retryAfterSeconds") >= 1);
            assertThat(error.getString("message"), containsString("This subscription costs 24 points"));
            assertThat(error.getString("message"), containsString("198.51.100.40"));
        }
        // The same budget a query draws on: what the subscriptions spent is gone for the address's queries too.
        Response query = client("198.51.100.40").body(GraphQL.body("{ strikes(first: 5) { edges { node { id sources { quote } } } } }", "{}"))
                .post("/graphql");
        assertEquals(429, query.statusCode());
        assertEquals("RATE_LIMITED", query.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void aGetIsCountedOnceAndSaysWhatIsLeft() {
        Response first = client("198.51.100.30").queryParam("query", "{ __typename }").get("/graphql");
        assertEquals(200, first.statusCode());
        assertEquals("Query", first.jsonPath().getString("data.__typename"));
        assertEquals(4, remaining(first), "RateLimit: " + first.header("RateLimit"));
        assertThat(first.header("RateLimit"), containsString("\"address-cost\""));
        assertEquals(3, remaining(client("198.51.100.30").queryParam("query", "{ __typename }").get("/graphql")), "one request, not two");
    }

    @Test
    void everyAnswerSaysWhatIsLeftEvenARefusalOfTheRequestItself() {
        Response notGraphQL = client("198.51.100.10").body("[1, 2]").post("/graphql");
        assertEquals(4, remaining(notGraphQL));
        Response wrongMethod = client("198.51.100.10").body(query()).put("/graphql");
        assertTrue(wrongMethod.statusCode() >= 400, "PUT: " + wrongMethod.statusCode());
        assertEquals(3, remaining(wrongMethod));
    }

    private static void exhaust(String address) {
        for (int i = 0; i < 5; i++) {
            ask(address, null);
        }
    }

    static Response ask(String address, String token) {
        RequestSpecification request = client(address).body(query());
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    private static RequestSpecification client(String forwardedFor) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor);
    }

    private static String query() {
        return GraphQL.body("{ __typename }", "{}");
    }

    /** The first policy of a RateLimit or RateLimit-Policy field: the request budget's. */
    static String first(String list) {
        return list == null ? null : list.split(", ")[0];
    }

    static long remaining(Response response) {
        String header = response.header("RateLimit");
        Matcher matcher = REMAINING.matcher(header == null ? "" : header);
        assertTrue(matcher.find(), "no RateLimit header: " + response.headers());
        return Long.parseLong(matcher.group(1));
    }
}
