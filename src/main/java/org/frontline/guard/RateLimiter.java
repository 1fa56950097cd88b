package org.frontline.guard;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.frontline.error.ErrorCode;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-client fairness: each client (an address, or the user a verified bearer token names) has a
 * bucket of requests that refills at a steady rate, and a request that finds it empty is refused
 * with 429 and RATE_LIMITED before anything else is done for it.
 * <p>
 * The buckets are in this replica's memory: behind a balancer spreading one client over N replicas,
 * the client gets up to N times the rate (README, "Limits", per client).
 * <p>
 * To limit another path with the same budgets, route it here as well:
 * {@code router.route(path).order(RateLimiter.ROUTE_ORDER).handler(rateLimiter)}.
 */
@Singleton
public class RateLimiter implements Handler<RoutingContext> {

    /**
     * After Quarkus' CORS handler (-300), so that a refusal carries the CORS headers a browser needs
     * to read it and preflights are answered before they get here; before the request guard reads
     * the body (-250) and before authentication (-200), so a refused request costs no more.
     */
    public static final int ROUTE_ORDER = -290;

    private static final CharSequence RATE_LIMIT = HttpHeaders.createOptimized("RateLimit");
    private static final CharSequence RATE_LIMIT_POLICY = HttpHeaders.createOptimized("RateLimit-Policy");

    private final RateLimitConfig config;
    private final HttpAuthenticator authenticator;
    private final Budget addresses;
    private final Budget users;
    private final Budget addressCost;
    private final Budget userCost;
    /** Where {@link #admit} leaves the client's cost budget and name, for {@link #charge}. */
    private static final String CLIENT = RateLimiter.class.getName() + ".client";

    RateLimiter(RateLimitConfig config, HttpAuthenticator authenticator) {
        this.config = config;
        this.authenticator = authenticator;
        this.addresses = new Budget("address", config.burst(), config.perSecond(), config.maxClients());
        this.users = new Budget("user", config.userBurst(), config.userPerSecond(), config.maxClients());
        this.addressCost = new Budget("address-cost", config.costBurst(), config.costPerSecond(), config.maxClients());
        this.userCost = new Budget("user-cost", config.costBurst(), config.costPerSecond(), config.maxClients());
    }

    void register(@Observes Router router, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        router.route("/graphql").order(ROUTE_ORDER).handler(this);
        // Exports (export/) are read from the same budgets: a streamed million rows is a request too.
        router.route("/export/*").order(ROUTE_ORDER).handler(this);
        // Uploads for import (ingest/ImportUpload) likewise.
        router.route("/import/*").order(ROUTE_ORDER).handler(this);
        // Memory only: a client whose bucket is full again is the same as one never seen.
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), timer -> {
            long now = System.nanoTime();
            addresses.forgetIdle(now);
            users.forgetIdle(now);
            addressCost.forgetIdle(now);
            userCost.forgetIdle(now);
        });
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (RequestGuard.passed(context)) {
            // A GET comes back here as the POST the guard reroutes it as: it was counted already,
            // and the reroute cleared the headers that say so.
            restate(context);
            context.next();
            return;
        }
        if (request.method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String address = ClientAddress.of(request, config.trustedProxyHeader().orElse(null), config.trustedProxyHops());
        if (!hasBearerToken(request)) {
            admit(context, addresses, addressCost, address);
            return;
        }
        // A token that verifies counts against its user; any other against the address, so that
        // sending a fresh garbage token each time gets no fresh budget. The check may finish on
        // another thread (a key fetched over HTTP is verified blocking), and the body must not be
        // lost meanwhile. A rejected token is only reported by the write that needs it (TokenFailures).
        Context requestContext = Vertx.currentContext();
        boolean pause = !request.isEnded();
        if (pause) {
            request.pause();
        }
        authenticator.attemptAuthentication(context).subscribe().with(
                identity -> onRequestContext(requestContext, () -> {
                    resume(request, pause);
                    if (isUser(identity)) {
                        admit(context, users, userCost, identity.getPrincipal().getName());
                    } else {
                        admit(context, addresses, addressCost, address);
                    }
                }),
                rejected -> onRequestContext(requestContext, () -> {
                    resume(request, pause);
                    admit(context, addresses, addressCost, address);
                }));
    }

    private static boolean hasBearerToken(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean isUser(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() != null;
    }

    private static void resume(HttpServerRequest request, boolean paused) {
        if (paused) {
            request.resume();
        }
    }

    private static void onRequestContext(Context context, Runnable step) {
        if (context == null || (Context.isOnEventLoopThread() && Vertx.currentContext() == context)) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }

    /**
     * Takes {@code amount} from the client's budget and says in the headers what is left, after any
     * policy already said (the draft lists several in one field, the request budget's first).
     * Returns 0 where the request may go on, else the seconds to wait.
     */
    private static long spend(RoutingContext context, Budget budget, String client, long amount) {
        long outcome = budget.take(client, System.nanoTime(), amount);
        MultiMap headers = context.response().headers();
        append(headers, RATE_LIMIT_POLICY, budget.policy);
        if (outcome > 0) {
            append(headers, RATE_LIMIT, budget.state(budget.remaining(outcome), seconds(outcome)));
            remember(context);
            return 0;
        }
        long retryAfter = seconds(-outcome);
        // Retry-After and the end of the effective window agree, as the draft asks.
        append(headers, RATE_LIMIT, budget.state(0, retryAfter));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return retryAfter;
    }

    /** Takes a request from the client's bucket and goes on, or refuses. */
    private static void admit(RoutingContext context, Budget budget, Budget cost, String client) {
        long retryAfter = spend(context, budget, client, 1);
        if (retryAfter == 0) {
            context.put(CLIENT, new Charged(cost, client));
            context.next();
            return;
        }
        Refusal.http(429, ErrorCode.RATE_LIMITED, "Too many requests from " + budget.name + " " + client + ": it may send "
                + budget.describe() + ". Retry after " + retryAfter + " s.")
                .with("retryAfterSeconds", retryAfter)
                .send(context);
    }

    /**
     * The cost budget of the client a request was admitted for, to draw on later than the request's
     * own answer: each subscription sent over the WebSocket that request opened is charged its cost
     * as a query is. Null where no limiter runs.
     */
    public static Charged budgetOf(RoutingContext context) {
        return context.get(CLIENT);
    }

    /** A client's cost budget, as {@link #admit} found it. */
    public static final class Charged {

        private final Budget budget;
        private final String client;

        Charged(Budget budget, String client) {
            this.budget = budget;
            this.client = client;
        }

        /**
         * Takes a subscription's {@code cost} (the values one of its events may hold) from the
         * budget: null where it may go on, else its refusal.
         */
        public Refusal takeSubscription(long cost) {
            if (cost <= 0) {
                return null;
            }
            long outcome = budget.take(client, System.nanoTime(), cost);
            return outcome > 0 ? null : refusal("subscription", cost, seconds(-outcome));
        }

        Refusal refusal(String what, long cost, long retryAfter) {
            return Refusal.http(429, ErrorCode.RATE_LIMITED, "This " + what + " costs " + cost + " points (the values its answer may hold),"
                    + " more than " + client + " has left: it may spend " + budget.describe() + ". Retry after " + retryAfter
                    + " s, or ask for less.")
                    .with("retryAfterSeconds", retryAfter).with("cost", cost);
        }
    }

    /**
     * Takes the request's cost, known once the guard has read the operation, from the budget of the
     * client {@link #handle} admitted; where the client has not that much left, refuses it with 429
     * as a request over the rate is refused. Null where the request may go on (or no limiter runs).
     */
    public static Refusal charge(RoutingContext context, long cost) {
        Charged charged = context.get(CLIENT);
        if (charged == null || cost <= 0) {
            return null;
        }
        long retryAfter = spend(context, charged.budget, charged.client, cost);
        return retryAfter == 0 ? null : charged.refusal("request", cost, retryAfter);
    }

    /** Where what the headers said is kept, for a request that is rerouted. */
    private static final String STATED = RateLimiter.class.getName() + ".stated";

    private static void restate(RoutingContext context) {
        String[] stated = context.get(STATED);
        if (stated != null) {
            context.response().headers().set(RATE_LIMIT_POLICY, stated[0]).set(RATE_LIMIT, stated[1]);
        }
    }

    /** Keeps what the headers say now, for {@link #restate}. */
    private static void remember(RoutingContext context) {
        MultiMap headers = context.response().headers();
        context.put(STATED, new String[] { headers.get(RATE_LIMIT_POLICY), headers.get(RATE_LIMIT) });
    }

    private static void append(MultiMap headers, CharSequence name, String item) {
        String before = headers.get(name);
        headers.set(name, before == null ? item : before + ", " + item);
    }

    /** Whole seconds, rounded up: a client told to wait 0 s would try again at once. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
    }

    /**
     * A bucket of {@code burst} requests refilled at {@code perSecond} for each client of one kind,
     * kept as GCRA: one number per client, the moment its bucket will be full again, so that taking
     * a request is one compare-and-set, and a client whose bucket is full needs no state at all.
     */
    static final class Budget {

        final String name;
        final long burst;
        final double perSecond;
        /** Nanoseconds for one request to come back. */
        final long interval;
        /** Nanoseconds for an empty bucket to fill. */
        final long capacity;
        /** RateLimit-Policy (draft-ietf-httpapi-ratelimit-headers): the burst, and the seconds to refill it. */
        final String policy;
        private final int maxClients;
        /** Each client's moment of a full bucket, in System.nanoTime(). */
        private final ConcurrentHashMap<String, AtomicLong> clients = new ConcurrentHashMap<>();
        private final AtomicBoolean sweeping = new AtomicBoolean();

        Budget(String name, long burst, double perSecond, int maxClients) {
            this.name = name;
            this.burst = burst;
            this.perSecond = perSecond;
            this.maxClients = maxClients;
            this.interval = Math.max(1, Math.round(1e9 / perSecond));
            this.capacity = interval * burst;
            this.policy = "\"" + name + "\";q=" + burst + ";w=" + seconds(capacity);
        }

        /**
         * Takes {@code amount} (requests, or points of cost) for {@code client} at {@code now}: positive, the nanoseconds until its
         * bucket is full again (the request may go on); negative, minus the nanoseconds until one
         * request comes back (it may not, and nothing is taken).
         */
        long take(String client, long now, long amount) {
            long cost = amount > burst ? capacity + 1 : interval * amount;
            AtomicLong full = bucket(client, now);
            while (true) {
                long at = full.get();
                long next = (at - now > 0 ? at : now) + cost;
                long ahead = next - now;
                if (ahead > capacity) {
                    return -(ahead - capacity);
                }
                if (full.compareAndSet(at, next)) {
                    return ahead;
                }
            }
        }

        /** Requests left once {@link #take} returned {@code ahead}. */
        long remaining(long ahead) {
            return (capacity - ahead) / interval;
        }

        /** RateLimit: what is left, and the seconds until the whole burst is back (or, refused, until one is). */
        String state(long remaining, long seconds) {
            return "\"" + name + "\";r=" + remaining + ";t=" + seconds;
        }

        String describe() {
            String unit = name.endsWith("-cost") ? " points" : " requests";
            return burst + unit + " at once, then " + BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + " a second";
        }

        int size() {
            return clients.size();
        }

        private AtomicLong bucket(String client, long now) {
            AtomicLong bucket = clients.get(client);
            if (bucket != null) {
                return bucket;
            }
            if (clients.size() >= maxClients) {
                makeRoom(now);
            }
            return clients.computeIfAbsent(client, ignored -> new AtomicLong(now));
        }

        /**
         * Forgets idle clients; where that is not enough (more busy clients than maxClients), forgets
         * others too, down to nine tenths, so that this is not done again at the very next client.
         * One thread at a time; the others go on meanwhile.
         */
        private void makeRoom(long now) {
            if (!sweeping.compareAndSet(false, true)) {
                return;
            }
            try {
                forgetIdle(now);
                long keep = maxClients * 9L / 10;
                Iterator<AtomicLong> busy = clients.values().iterator();
                while (clients.size() > keep && busy.hasNext()) {
                    busy.next();
                    busy.remove();
                }
            } finally {
                sweeping.set(false);
            }
        }

        /** A bucket that is full again is the same as none: forgetting it changes nothing for its client. */
        void forgetIdle(long now) {
            clients.values().removeIf(full -> full.get() - now <= 0);
        }
    }
}
