package org.frontline.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.RateLimiter;
import org.frontline.guard.Refusal;
import org.frontline.strike.AttributionStatus;
import org.frontline.strike.BoundingBox;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeFilter;
import org.frontline.strike.WeaponKind;
import org.jboss.logging.Logger;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * The strikes any strike filter selects, as CSV or as GeoJSON, streamed: a cursor reads them in
 * batches and each batch is written out before the next is read, so that memory stays the same for
 * ten strikes or a million and the first bytes leave at once.
 * <p>
 * {@code GET /export/strikes.csv} and {@code /export/strikes.geojson}, or {@code /export/strikes}
 * with Accept naming text/csv or application/geo+json. The filter is the strikes list's, one query
 * parameter per field of StrikeFilter ({@code region}, {@code from}, {@code to}, {@code weaponKind},
 * {@code weapon}, {@code attributedTo}, {@code attributionStatus}, {@code minKilled},
 * {@code includeRetired}), and {@code within=west,south,east,north} for the bounding box.
 */
@ApplicationScoped
public class StrikeExport {

    private static final Logger LOG = Logger.getLogger(StrikeExport.class);

    static final String PATH = "/export/strikes";
    /** Rows a cursor fetch brings: large enough that round trips do not dominate, small enough to hold. */
    private static final int FETCH = 500;
    /** An export costs the rate limiter this much, as a request of the largest allowed answer does. */
    private static final long COST = 100_000;

    private static final Set<String> PARAMETERS = Set.of("region", "from", "to", "weaponKind", "weapon", "attributedTo",
            "attributionStatus", "minKilled", "within", "includeRetired");

    /**
     * Exports at once in this replica. Each holds a pooled connection for as long as its client
     * reads, so they are bounded below the pool's size, and the API keeps connections to answer.
     */
    static final int AT_ONCE = 4;

    private final Pool pool;
    private final AtomicInteger running = new AtomicInteger();

    StrikeExport(io.vertx.mutiny.sqlclient.Pool pool) {
        this.pool = pool.getDelegate();
    }

    void route(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).handler(ctx -> export(ctx, ExportFormat.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT))));
        router.route(PATH + ".csv").method(HttpMethod.GET).handler(ctx -> export(ctx, ExportFormat.CSV));
        router.route(PATH + ".geojson").method(HttpMethod.GET).handler(ctx -> export(ctx, ExportFormat.GEOJSON));
    }

    private void export(RoutingContext ctx, ExportFormat format) {
        if (format == null) {
            Refusal.http(406, ErrorCode.BAD_REQUEST,
                    "Ask for text/csv or application/geo+json (or use " + PATH + ".csv or " + PATH + ".geojson).").send(ctx);
            return;
        }
        Where where;
        try {
            where = StrikeFilter.forPage(filter(ctx.queryParams()), new Where());
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
        String statement = Strike.EXPORT + " where " + where.sql() + Strike.EXPORT_ORDER;
        new ExportStream(pool, statement, where.args().getDelegate(), FETCH, format, ctx).start(running::decrementAndGet);
    }

    /** The filter the query parameters state; an unknown parameter or a value of the wrong form is BAD_ARGUMENT. */
    static StrikeFilter filter(MultiMap parameters) {
        Set<String> unknown = new LinkedHashSet<>(parameters.names());
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw ApiError.badArgument(name, "There is no parameter " + name + "; a strike export takes "
                    + String.join(", ", PARAMETERS.stream().sorted().toList()) + ".");
        }
        for (String name : parameters.names()) {
            if (parameters.getAll(name).size() > 1) {
                throw ApiError.badArgument(name, name + " is given more than once; give it once.");
            }
        }
        return new StrikeFilter(parameters.get("region"), date(parameters, "from"), date(parameters, "to"),
                named(parameters, "weaponKind", WeaponKind.class), parameters.get("weapon"), parameters.get("attributedTo"),
                named(parameters, "attributionStatus", AttributionStatus.class), integer(parameters, "minKilled"),
                box(parameters.get("within")), bool(parameters, "includeRetired"));
    }

    private static LocalDate date(MultiMap parameters, String name) {
        String value = parameters.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw ApiError.badArgument(name, name + " is a date written YYYY-MM-DD, such as 2022-09-30, not \"" + value + "\".");
        }
    }

    private static <E extends Enum<E>> E named(MultiMap parameters, String name, Class<E> type) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ApiError.badArgument(name, name + " is one of " + List.of(type.getEnumConstants()) + ", not \"" + value + "\".");
    }

    private static Integer integer(MultiMap parameters, String name) {
        String value = parameters.get(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notAnInteger) {
            throw ApiError.badArgument(name, name + " is a whole number, not \"" + value + "\".");
        }
    }

    private static Boolean bool(MultiMap parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiError.badArgument(name, name + " is true or false, not \"" + value + "\".");
        }
        return Boolean.valueOf(value);
    }

    private static BoundingBox box(String value) {
        if (value == null) {
            return null;
        }
        String[] edges = value.split(",", -1);
        try {
            if (edges.length == 4) {
                return new BoundingBox(Double.valueOf(edges[1]), Double.valueOf(edges[0]), Double.valueOf(edges[3]), Double.valueOf(edges[2]));
            }
        } catch (NumberFormatException notNumbers) {
            // Reported below, as any other malformed box.
        }
        throw ApiError.badArgument("within", "within is a box written west,south,east,north in degrees, such as 33,46.5,40,50.5, not \""
                + value + "\".");
    }
}
