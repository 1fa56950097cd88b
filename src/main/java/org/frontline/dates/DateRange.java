package org.frontline.dates;

import org.frontline.error.ApiError;

import java.time.LocalDate;

/** Checks the from/to pairs that filters take. Both ends are inclusive. */
public final class DateRange {

    private DateRange() {
    }

    public static void check(LocalDate from, LocalDate to, String fromArgument, String toArgument) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiError.badArgument(toArgument,
                    toArgument + " (" + to + ") is before " + fromArgument + " (" + from + "): the range is reversed");
        }
    }
}
