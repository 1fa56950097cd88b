package org.frontline.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Relay paging arguments: first/after forwards or last/before backwards, sizes from 0 to 100. */
@Tag("plain")
class PageRequestTest {

    @Test
    void noArgumentsReadTheFirstTwentyForwards() {
        assertEquals(new PageRequest(20, false, null, "after"), PageRequest.of(null, null, null, null));
    }

    @Test
    void firstAndAfterReadForwardsAndLastAndBeforeBackwards() {
        assertEquals(new PageRequest(5, false, "c", "after"), PageRequest.of(5, "c", null, null));
        assertEquals(new PageRequest(5, true, "c", "before"), PageRequest.of(null, null, 5, "c"));
        assertEquals(new PageRequest(20, true, "c", "before"), PageRequest.of(null, null, null, "c"));
    }

    @Test
    void sizesFromZeroToAHundredAreTakenAndOthersRefusedNamingTheArgument() {
        assertEquals(0, PageRequest.of(0, null, null, null).size());
        assertEquals(100, PageRequest.of(100, null, null, null).size());
        assertEquals(100, PageRequest.of(null, null, 100, null).size());
        refused(() -> PageRequest.of(101, null, null, null), "first", "first must be between 0 and 100, not 101.");
        refused(() -> PageRequest.of(-1, null, null, null), "first", "first must be between 0 and 100, not -1.");
        refused(() -> PageRequest.of(null, null, Integer.MAX_VALUE, null), "last", "last must be between 0 and 100, not 2147483647.");
        refused(() -> PageRequest.of(null, null, Integer.MIN_VALUE, null), "last", "last must be between 0 and 100, not -2147483648.");
    }

    @Test
    void bothDirectionsAtOnceAreRefused() {
        refused(() -> PageRequest.of(1, null, 1, null), "last", "Give first (with after) or last (with before), not both.");
        refused(() -> PageRequest.of(null, "a", null, "b"), "after", "after reads forwards and before reads backwards: give one of them.");
        refused(() -> PageRequest.of(null, "a", 1, null), "after", "after reads forwards and before reads backwards: give one of them.");
    }

    @Test
    void aNestedListsFirstIsCheckedAgainstItsOwnMaximum() {
        assertEquals(100, PageRequest.nested(100));
        refused(() -> PageRequest.nested(101), "first", "first must be between 0 and 100, not 101.");
        assertEquals(500, PageRequest.upTo(500, 500));
        refused(() -> PageRequest.upTo(501, 500), "first", "first must be between 0 and 500, not 501.");
    }

    private static void refused(Runnable request, String argument, String message) {
        ApiError refused = assertThrows(ApiError.class, request::run);
        assertEquals(ErrorCode.BAD_ARGUMENT, refused.code());
        assertEquals(argument, refused.getExtensions().get("argument"));
        assertEquals(message, refused.getMessage());
    }
}
