package org.frontline.write;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;

import org.frontline.db.SqlFailures;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.vertx.pgclient.PgException;

/**
 * Turns what a failed write throws into the errors a client can act on. A rule only the database
 * enforces (a check, a foreign key, a unique key) comes back as the same VALIDATION_FAILED or
 * CONFLICT a validated input would give, naming the rule, never the SQL.
 */
final class WriteFailures {

    private static final Logger LOG = Logger.getLogger(WriteFailures.class);

    private WriteFailures() {
    }

    static Throwable toApiError(Throwable failure) {
        for (Throwable cause : causes(failure, new ArrayList<>())) {
            if (cause instanceof ApiError error) {
                return error;
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict();
            }
            ApiError error = null;
            if (cause instanceof PgException database && database.getSqlState() != null) {
                error = fromDatabase(database.getSqlState(), database.getConstraint(), database.getColumn());
            } else if (cause instanceof JDBCException database && database.getSQLState() != null) {
                String constraint = database instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
                error = fromDatabase(database.getSQLState(), constraint, null);
            }
            if (error != null) {
                if (error.code() == ErrorCode.TIMEOUT || error.code() == ErrorCode.BAD_ARGUMENT) {
                    // Not a fault of the service, but worth seeing: which write, and PostgreSQL's words.
                    LOG.warn("Write stopped by the database", failure);
                }
                return error;
            }
        }
        for (Throwable cause : causes(failure, new ArrayList<>())) {
            ApiError unavailable = SqlFailures.unavailable(cause);
            if (unavailable != null) {
                LOG.warn("Write failed, the database out of reach", failure);
                return unavailable;
            }
        }
        LOG.error("Write failed", failure);
        return new ApiError(ErrorCode.INTERNAL, null, "The change could not be saved just now; nothing was written. Try again.");
    }

    /**
     * The failure, its causes and what they suppressed: a failed reactive transaction reports the
     * rollback and keeps the statement's own failure among the suppressed.
     */
    private static List<Throwable> causes(Throwable failure, List<Throwable> found) {
        for (Throwable cause = failure; cause != null && !found.contains(cause); cause = cause.getCause()) {
            found.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                causes(suppressed, found);
            }
        }
        return found;
    }

    /**
     * The change was committed but reading it back failed (most often at the request's deadline):
     * the client must hear that it was saved, or it would send it again and write it twice.
     */
    static ApiError savedButUnread(Throwable failure) {
        if (!(failure instanceof ApiError)) {
            LOG.error("Reading back a saved change failed", failure);
        }
        ErrorCode code = failure instanceof ApiError error ? error.code() : ErrorCode.INTERNAL;
        return new ApiError(code, null, "The change was saved, but reading it back "
                + (code == ErrorCode.TIMEOUT ? "ran past the request's deadline" : "failed") + ". Read it again rather than "
                + "sending the change again (a create sent again with the same clientKey returns what it created).");
    }

    static ApiError conflict() {
        return new ApiError(ErrorCode.CONFLICT, "version",
                "Someone changed this fact since you read it. Read it again and retry with its current version; nothing was written.");
    }

    private static ApiError fromDatabase(String sqlState, String constraint, String column) {
        if (SqlFailures.timedOut(sqlState)) {
            return new ApiError(ErrorCode.TIMEOUT, null, "The change ran past the request's deadline and was stopped; nothing "
                    + "was written. Try again; if it keeps happening, send less at once.");
        }
        ApiError badValue = SqlFailures.badValue(sqlState);
        if (badValue != null) {
            return badValue;
        }
        String rule = constraint != null ? constraint : "a rule of the record";
        return switch (sqlState) {
            case "23503" -> broken("UNKNOWN_REFERENCE", rule, "refers to a fact that does not exist (rule " + rule + ")");
            case "23514", "23P01" -> broken("RULE_BROKEN", rule, "breaks the record's rule " + rule);
            case "23502" -> broken("REQUIRED", rule, "leaves out the required " + (column != null ? column : "value"));
            case "23505" -> new ApiError(ErrorCode.CONFLICT, null, "This would duplicate what the record holds (rule " + rule
                    + "); nothing was written.");
            case "40001", "40P01" -> conflict();
            default -> null;
        };
    }

    private static ApiError broken(String code, String rule, String message) {
        return new ApiError(ErrorCode.VALIDATION_FAILED, null, "The change " + message + "; nothing was written.",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("path", rule).add("code", code).add("message", message))
                        .build());
    }
}
