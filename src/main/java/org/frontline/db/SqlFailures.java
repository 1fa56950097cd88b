package org.frontline.db;

import java.time.Duration;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;

/**
 * What a failed statement means to the client, where the failure is the request's doing rather
 * than the service's: the request ran past its deadline, or sent a value PostgreSQL cannot take.
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

    private static String seconds(Duration deadline) {
        long millis = deadline.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
