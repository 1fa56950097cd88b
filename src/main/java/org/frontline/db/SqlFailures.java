package org.frontline.db;

import java.time.Duration;

import java.net.ConnectException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.RetryAfter;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * What a failed statement means to the client, where the failure is the request's doing rather
 * than the service's: the request ran past its deadline, or sent a value PostgreSQL cannot take, or
 * the database could not be reached (worth a retry, unlike the others).
 * Both the read path ({@link Sql}) and the writes ask here, so a client gets the same code for the
 * same cause whichever path met it; anything else is the service's fault and stays INTERNAL.
 * Messages name the cause only: the statement and PostgreSQL's own words go to the log.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * query_canceled: PostgreSQL stopped the statement at the connection's statement_timeout (see
     * {@link DeadlinePool}), or an operator cancelled it.
     */
    public static boolean timedOut(String sqlState) {
        return "57014".equals(sqlState);
    }

    /** The read path's answer once a request is past its deadline. */
    public static ApiError pastDeadline(Duration deadline) {
        return new ApiError(ErrorCode.TIMEOUT, null, "The request ran past its " + seconds(deadline)
                + " s deadline and was stopped. Ask for less (a smaller page, fewer nested lists) or try a narrower filter.");
    }

    /** BAD_ARGUMENT for a value PostgreSQL refuses, or null where the failure is not of that kind. */
    public static ApiError badValue(String sqlState) {
        return switch (sqlState == null ? "" : sqlState) {
            // character_not_in_repertoire (a NUL byte, invalid UTF-8), untranslatable_character
            case "22021", "22P05" -> ApiError.badArgument(null, "A text in the request holds a character the record cannot "
                    + "store or search for (a NUL byte, or bytes that are not UTF-8). Remove it and send the request again.");
            // program_limit_exceeded: a value or a list too large for one statement
            case "54000" -> ApiError.badArgument(null, "The request holds a value or a list too large for the database to "
                    + "handle in one statement. Send less at once.");
            default -> null;
        };
    }

    /** How long a client is asked to wait before retrying a request that met an outage. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * UNAVAILABLE where the failure (or a cause of it) is the database being out of reach: no
     * connection can be made, it was closed under the request, or PostgreSQL is shutting down, starting
     * up or out of connections. The answer asks the client to retry (Retry-After); null otherwise.
     */
    public static ApiError unavailable(Throwable failure) {
        // A chain of causes may loop back (A caused by B caused by A); each is looked at once.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (outage(cause)) {
                RetryAfter.mark(RETRY_AFTER_SECONDS);
                return new ApiError(ErrorCode.UNAVAILABLE, null, "The record cannot be reached just now; nothing was "
                        + "written. Try again in " + RETRY_AFTER_SECONDS + " seconds.");
            }
        }
        return null;
    }

    private static boolean outage(Throwable cause) {
        if (cause instanceof PgException database) {
            String state = database.getSqlState() == null ? "" : database.getSqlState();
            // connection_exception (08...), admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                    || state.equals("53300");
        }
        return cause instanceof ClosedConnectionException || cause instanceof ConnectException;
    }

    private static String seconds(Duration deadline) {
        long millis = deadline.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
