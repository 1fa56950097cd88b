package org.frontline.export;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.frontline.db.Where;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.RateLimiter;
import org.frontline.guard.Refusal;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * What every export shares: its URLs ({@code /export/NAME.csv}, {@code .geojson} where it has
 * points, and {@code /export/NAME} choosing by Accept), its filter read from the query, the rate
 * limit's charge, and the bound on exports running at once in this replica, whatever they export.
 */
@ApplicationScoped
public class Exports {

    /** Rows a cursor fetch brings: large enough that round trips do not dominate, small enough to hold. */
    static final int FETCH = 500;
    /** An export costs the rate limiter this much, as a request of the largest allowed answer does. */
    static final long COST = 100_000;
    /**
     * Exports at once in this replica. Each holds a pooled connection for as long as its client
     * reads, so they are bounded below the pool's size, and the API keeps connections to answer.
     */
    static final int AT_ONCE = 4;

    private final Pool pool;
    private final AtomicInteger running = new AtomicInteger();

    Exports(io.vertx.mutiny.sqlclient.Pool pool) {
        this.pool = pool.getDelegate();
    }

    /** The statement of one export, once its filter is read: its SQL and the filter's arguments. */
    record Query(String sql, Where where) {
    }

    /**
     * Routes {@code /export/NAME.csv}, {@code /export/NAME.geojson} (where {@code geojson} is not
     * null) and {@code /export/NAME} by Accept; {@code query} turns the request's parameters into
     * the statement, throwing ApiError for a bad one.
     */
    void route(Router router, String name, ExportRows csv, ExportRows geojson, Function<MultiMap, Query> query) {
        String path = "/export/" + name;
        router.route(path).method(HttpMethod.GET).handler(ctx -> {
            ExportFormat chosen = ExportFormat.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
            ExportRows rows = chosen == ExportFormat.CSV ? csv : chosen == ExportFormat.GEOJSON ? geojson : null;
            if (rows == null) {
                Refusal.http(406, ErrorCode.BAD_REQUEST, "Ask for text/csv" + (geojson == null ? "" : " or application/geo+json")
                        + " (or use " + path + ".csv" + (geojson == null ? "" : " or " + path + ".geojson") + ").").send(ctx);
                return;
            }
            export(ctx, name, rows, query);
        });
        router.route(path + ".csv").method(HttpMethod.GET).handler(ctx -> export(ctx, name, csv, query));
        if (geojson != null) {
            router.route(path + ".geojson").method(HttpMethod.GET).handler(ctx -> export(ctx, name, geojson, query));
        }
    }

    private void export(RoutingContext ctx, String name, ExportRows rows, Function<MultiMap, Query> query) {
        Query statement;
        try {
            statement = query.apply(ctx.queryParams());
        } catch (ApiError bad) {
            Refusal refusal = Refusal.http(400, bad.code(), bad.getMessage());
            Object argument = bad.getExtensions().get("argument");
            (argument == null ? refusal : refusal.with("argument", argument)).send(ctx);
            return;
        }
        Refusal overBudget = RateLimiter.charge(ctx, COST);
        if (overBudget != null) {
            overBudget.send(ctx);
            return;
        }
        if (running.incrementAndGet() > AT_ONCE) {
            running.decrementAndGet();
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
            Refusal.http(503, ErrorCode.UNAVAILABLE, AT_ONCE + " exports are running in this replica, as many as it"
                    + " runs at once. Try again in 5 seconds.").send(ctx);
            return;
        }
        new ExportStream(pool, statement.sql(), statement.where().args().getDelegate(), FETCH, name, rows, ctx)
                .start(running::decrementAndGet);
    }
}
