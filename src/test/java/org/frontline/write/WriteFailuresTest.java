package org.frontline.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.frontline.db.SqlFailures;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** What a client hears when a write fails, without a database: the mapping alone. */
class WriteFailuresTest {

    @Test
    void aChangeSavedButNotReadBackInTimeIsReportedAsSavedSoThatItIsNotSentTwice() {
        ApiError answer = WriteFailures.savedButUnread(SqlFailures.pastDeadline(java.time.Duration.ofSeconds(5)));
        assertEquals(ErrorCode.TIMEOUT, answer.code());
        assertThat(answer.getMessage(), containsString("The change was saved"));
        assertThat(answer.getMessage(), containsString("ran past the request's deadline"));

        ApiError failed = WriteFailures.savedButUnread(new IllegalStateException("connection reset"));
        assertEquals(ErrorCode.INTERNAL, failed.code());
        assertThat(failed.getMessage(), containsString("The change was saved"));
    }
}
