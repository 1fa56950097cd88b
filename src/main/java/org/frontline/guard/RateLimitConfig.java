package org.frontline.guard;

import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests one client may send (README, "Limits", per client). A client is an address, or the
 * user a verified bearer token names; each has a bucket of {@code burst} requests that refills at
 * {@code perSecond}.
 * <p>
 * The defaults let a browser load a dashboard of a few dozen queries at once, and a script read
 * steadily at 10 requests a second (600 a minute, far beyond a person clicking), while one client
 * sending 1,000 requests in 4 s gets about 140 of them answered and the rest refused.
 */
@ConfigMapping(prefix = "frontline.rate-limit")
public interface RateLimitConfig {

    /** Off only where one client legitimately sends everything, such as the benchmark. */
    @WithDefault("true")
    boolean enabled();

    /** Requests an address may send at once, with nothing saved up. */
    @WithDefault("100")
    @Min(1)
    int burst();

    /** Requests an address gets back each second, up to {@link #burst()}; may be fractional (0.5: one every 2 s). */
    @WithDefault("10")
    @Positive
    double perSecond();

    /** {@link #burst()} for a user whose bearer token verifies, counted apart from their address. */
    @WithDefault("100")
    @Min(1)
    int userBurst();

    /** {@link #perSecond()} for a user whose bearer token verifies. */
    @WithDefault("10")
    @Positive
    double userPerSecond();

    /**
     * Points of cost (what {@link Limits#maxCost()} measures: the values an answer may hold) a
     * client may spend at once. Requests alone do not make a client fair: ten of the heaviest
     * requests allowed take the CPU that thousands of small ones do. Four of the heaviest fit in
     * the burst, or a dashboard of a hundred ordinary queries.
     */
    @WithDefault("400000")
    @Min(1)
    long costBurst();

    /**
     * Points of cost a client gets back each second: one of the heaviest requests every 2.5 s, or
     * ten typical ones (a page of 50 strikes with their sources costs about 3,600).
     */
    @WithDefault("40000")
    @Positive
    double costPerSecond();

    /**
     * The header a proxy in front of Frontline writes the client's address into
     * ({@code X-Forwarded-For}, {@code Forwarded}, or a one-address header such as {@code X-Real-IP}).
     * Unset, the connection's address is the client: anyone can write any header, so one is only
     * believed when every request comes through a proxy that sets it.
     */
    Optional<String> trustedProxyHeader();

    /**
     * How many proxies in front of Frontline append to that header; the client is the entry this
     * many places from the right. Entries further left were written by the client and are ignored.
     */
    @WithDefault("1")
    @Min(1)
    int trustedProxyHops();

    /**
     * Clients remembered at most. A client that has waited long enough to have its whole burst back
     * is forgotten at no cost to it; past this many busy clients, some are forgotten early and start
     * again with a full burst, so that memory stays bounded however many addresses send requests.
     */
    @WithDefault("100000")
    @Min(1)
    int maxClients();
}
