package org.frontline.guard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one request may ask of the public API. Every figure is checked before any SQL runs (the
 * deadline while it runs); README, "Limits", says what each is for and how it was chosen.
 */
@ConfigMapping(prefix = "frontline.limits")
public interface Limits {

    /** Bytes of request body read at most; a larger body is refused with TOO_LARGE (413). */
    @WithDefault("65536")
    int maxBodyBytes();

    /** GraphQL tokens parsed at most (graphql-java stops parsing past it). */
    @WithDefault("3000")
    int maxTokens();

    /** Fields nested at most, counted from the operation's root fields (depth 1). */
    @WithDefault("12")
    int maxDepth();

    /** Aliases in the operation, after fragments are expanded. */
    @WithDefault("30")
    int maxAliases();

    /** Fragment spreads in the operation, after fragments are expanded. */
    @WithDefault("100")
    int maxFragmentSpreads();

    /** Directives in the whole document. */
    @WithDefault("20")
    int maxDirectives();

    /** Characters in any one string argument or variable. */
    @WithDefault("10000")
    int maxStringLength();

    /**
     * Values the answer could hold at most: every field counts once for each time it can appear,
     * lists multiplied by their page sizes, and counts and aggregates by the rows they may read.
     */
    @WithDefault("100000")
    long maxCost();

    /**
     * The cost from which a request's answer is assembled on a worker thread rather than on the
     * event loop (see Offload). Below it the hop costs more than it saves: the benchmark's queries
     * cost 1,000 to 4,000 and stay on the loop.
     */
    @WithDefault("10000")
    long offloadCost();

    /** Rows a count or an aggregate may read per point of cost. */
    @WithDefault("1000")
    long rowsPerCostPoint();

    /** How long a request may run; its pending SQL is stopped then and the client told TIMEOUT. */
    @WithDefault("5s")
    Duration deadline();
}
