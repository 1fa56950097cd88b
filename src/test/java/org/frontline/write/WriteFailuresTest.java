package org.frontline.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;

import org.frontline.db.SqlFailures;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;

/**
 * What a client hears when a write fails, without a database: the mapping alone. A rule only the
 * database enforces comes back as VALIDATION_FAILED or CONFLICT naming the rule, never the SQL;
 * the exceptions are built here as the reactive pg client and Hibernate build them.
 */
@Tag("plain")
class WriteFailuresTest {

    @Test
    void aChangeSavedButNotReadBackInTimeIsReportedAsSavedSoThatItIsNotSentTwice() {
        ApiError answer = WriteFailures.savedButUnread(SqlFailures.pastDeadline(Duration.ofSeconds(5)));
        assertEquals(ErrorCode.TIMEOUT, answer.code());
        assertThat(answer.getMessage(), containsString("The change was saved"));
        assertThat(answer.getMessage(), containsString("ran past the request's deadline"));

        ApiError failed = WriteFailures.savedButUnread(new IllegalStateException("connection reset"));
        assertEquals(ErrorCode.INTERNAL, failed.code());
        assertThat(failed.getMessage(), containsString("The change was saved"));
    }

    @Test
    void aForeignKeyBrokenIsAnUnknownReferenceNamingTheRule() {
        ApiError answer = mapped(pg("23503", "strike_region_id_fkey", null));
        assertEquals(ErrorCode.VALIDATION_FAILED, answer.code());
        assertEquals("The change refers to a fact that does not exist (rule strike_region_id_fkey); nothing was written.",
                answer.getMessage());
        assertViolation(answer, "strike_region_id_fkey", "UNKNOWN_REFERENCE");
    }

    @Test
    void aCheckOrAnExclusionBrokenIsARuleBrokenNamingTheRule() {
        ApiError check = mapped(pg("23514", "casualty_report_killed_check", null));
        assertEquals(ErrorCode.VALIDATION_FAILED, check.code());
        assertEquals("The change breaks the record's rule casualty_report_killed_check; nothing was written.", check.getMessage());
        assertViolation(check, "casualty_report_killed_check", "RULE_BROKEN");

        ApiError exclusion = mapped(pg("23P01", "region_control_no_overlap", null));
        assertEquals(ErrorCode.VALIDATION_FAILED, exclusion.code());
        assertViolation(exclusion, "region_control_no_overlap", "RULE_BROKEN");
    }

    @Test
    void aRequiredValueLeftOutNamesItsColumn() {
        ApiError answer = mapped(pg("23502", null, "occurred_on"));
        assertEquals(ErrorCode.VALIDATION_FAILED, answer.code());
        assertEquals("The change leaves out the required occurred_on; nothing was written.", answer.getMessage());
        assertViolation(answer, "a rule of the record", "REQUIRED");
    }

    @Test
    void aUniqueKeyBrokenIsAConflictNamingTheRule() {
        ApiError answer = mapped(pg("23505", "strike_client_key_key", null));
        assertEquals(ErrorCode.CONFLICT, answer.code());
        assertEquals("This would duplicate what the record holds (rule strike_client_key_key); nothing was written.",
                answer.getMessage());
    }

    @Test
    void aSerializationFailureOrDeadlockIsAConflictOnTheVersion() {
        for (String state : new String[] { "40001", "40P01" }) {
            ApiError answer = mapped(pg(state, null, null));
            assertEquals(ErrorCode.CONFLICT, answer.code(), state);
            assertEquals("version", answer.getExtensions().get("argument"), state);
        }
    }

    @Test
    void aStaleVersionSeenByHibernateIsAConflictOnTheVersion() {
        assertEquals(WriteFailures.conflict().getMessage(), mapped(new OptimisticLockException()).getMessage());
        ApiError stale = mapped(new StaleStateException("Batch update returned unexpected row count"));
        assertEquals(ErrorCode.CONFLICT, stale.code());
        assertEquals("version", stale.getExtensions().get("argument"));
    }

    @Test
    void hibernatesConstraintViolationIsMappedByItsSqlStateAndConstraint() {
        ApiError unique = mapped(new ConstraintViolationException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"), "leader_name_key"));
        assertEquals(ErrorCode.CONFLICT, unique.code());
        assertThat(unique.getMessage(), containsString("(rule leader_name_key)"));

        ApiError check = mapped(new JDBCException("could not execute statement", new SQLException("violates check", "23514")));
        assertEquals(ErrorCode.VALIDATION_FAILED, check.code());
        assertEquals("The change breaks the record's rule a rule of the record; nothing was written.", check.getMessage());
    }

    @Test
    void aStatementStoppedAtTheDeadlineIsATimeout() {
        ApiError answer = mapped(pg("57014", null, null));
        assertEquals(ErrorCode.TIMEOUT, answer.code());
        assertThat(answer.getMessage(), containsString("nothing was written"));
    }

    @Test
    void aValueThePostgresCannotStoreIsABadArgument() {
        assertEquals(ErrorCode.BAD_ARGUMENT, mapped(pg("22021", null, null)).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, mapped(pg("22P05", null, null)).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, mapped(pg("54000", null, null)).code());
    }

    @Test
    void theDatabaseOutOfReachIsUnavailable() {
        for (Throwable outage : new Throwable[] { pg("08006", null, null), pg("57P01", null, null), pg("53300", null, null),
                new ConnectException("Connection refused") }) {
            ApiError answer = mapped(new CompletionException(outage));
            assertEquals(ErrorCode.UNAVAILABLE, answer.code(), outage.toString());
            assertEquals("The record cannot be reached just now; nothing was written. Try again in 5 seconds.", answer.getMessage());
        }
    }

    @Test
    void theStatementsFailureIsFoundAmongTheRollbacksSuppressedFailures() {
        IllegalStateException rollback = new IllegalStateException("Transaction rolled back");
        rollback.addSuppressed(new CompletionException(pg("23505", "source_url_key", null)));
        ApiError answer = mapped(new CompletionException(rollback));
        assertEquals(ErrorCode.CONFLICT, answer.code());
        assertThat(answer.getMessage(), containsString("source_url_key"));
    }

    @Test
    void anApiErrorThrownInsideTheWriteIsToldAsItIs() {
        ApiError notFound = new ApiError(ErrorCode.NOT_FOUND, "id", "No strike has the id 9.");
        assertSame(notFound, WriteFailures.toApiError(new CompletionException(new RuntimeException(notFound))));
    }

    @Test
    void anythingElseIsInternalAndTellsNothingOfTheSql() {
        Throwable undefinedTable = pg("42P01", null, null);
        for (Throwable failure : new Throwable[] { undefinedTable, new IllegalStateException("SELECT secret FROM strike"),
                new JDBCException("no state", new SQLException("SELECT secret")) }) {
            ApiError answer = mapped(failure);
            assertEquals(ErrorCode.INTERNAL, answer.code(), failure.toString());
            assertEquals("The change could not be saved just now; nothing was written. Try again.", answer.getMessage());
            assertThat(answer.getMessage(), not(containsString("secret")));
            assertNull(answer.getExtensions().get("violations"));
        }
    }

    @Test
    void aChainOfCausesThatLoopsBackIsFollowedOnceAndStillAnswered() {
        IllegalStateException outer = new IllegalStateException("outer");
        IllegalStateException inner = new IllegalStateException("inner", outer);
        outer.initCause(inner);
        // Before the fix, SqlFailures.unavailable walked this loop for ever.
        assertEquals(ErrorCode.INTERNAL, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mapped(outer)).code());

        ConnectException refused = new ConnectException("Connection refused");
        IllegalStateException wrapper = new IllegalStateException("pool", refused);
        refused.initCause(wrapper);
        assertEquals(ErrorCode.UNAVAILABLE, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> mapped(wrapper)).code());
    }

    private static ApiError mapped(Throwable failure) {
        return (ApiError) WriteFailures.toApiError(failure);
    }

    /** A PgException as the client builds it from PostgreSQL's ErrorResponse. */
    private static PgException pg(String sqlState, String constraint, String column) {
        PgException failure = new PgException("PostgreSQL's own words: SELECT secret", "ERROR", sqlState, null, null, null, null,
                null, null, null, null, null, "public", "strike", column, null, constraint);
        assertEquals(sqlState, failure.getSqlState());
        assertEquals(constraint, failure.getConstraint());
        assertEquals(column, failure.getColumn());
        return failure;
    }

    private static void assertViolation(ApiError answer, String path, String code) {
        JsonArray violations = (JsonArray) answer.getExtensions().get("violations");
        assertEquals(1, violations.size());
        JsonObject violation = violations.getJsonObject(0);
        assertEquals(path, violation.getString("path"));
        assertEquals(code, violation.getString("code"));
        assertThat(violation.getString("message"), not(containsString("secret")));
    }
}
