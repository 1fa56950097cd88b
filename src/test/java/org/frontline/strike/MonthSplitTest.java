package org.frontline.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.frontline.strike.MonthSplit.Days;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How a date range is cut for the totals: whole calendar months come from the kept monthly totals,
 * the days at either end that cover only part of a month are counted from the strikes. Every day of
 * the range is in exactly one of the two, and none outside it.
 */
@Tag("plain")
class MonthSplitTest {

    @Test
    void aRangeOfWholeMonthsIsReadFromTheMonthlyTotalsAlone() {
        assertEquals(new MonthSplit(true, day("2023-01-01"), day("2023-03-01"), List.of()),
                MonthSplit.of(day("2023-01-01"), day("2023-03-31")));
    }

    @Test
    void oneWholeMonthIsItsOwnFirstAndLastMonth() {
        assertEquals(new MonthSplit(true, day("2023-04-01"), day("2023-04-01"), List.of()),
                MonthSplit.of(day("2023-04-01"), day("2023-04-30")));
    }

    @Test
    void theDaysBeforeTheFirstWholeMonthAndAfterTheLastAreCountedFromTheStrikes() {
        assertEquals(new MonthSplit(true, day("2023-02-01"), day("2023-03-01"),
                List.of(new Days(day("2023-01-15"), day("2023-01-31")), new Days(day("2023-04-01"), day("2023-04-10")))),
                MonthSplit.of(day("2023-01-15"), day("2023-04-10")));
    }

    @Test
    void aRangeInsideOneMonthHasNoWholeMonthAndIsOneSpanOfDays() {
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2023-05-02"), day("2023-05-30")))),
                MonthSplit.of(day("2023-05-02"), day("2023-05-30")));
    }

    @Test
    void aRangeAcrossOneMonthEndButCoveringNeitherMonthWhollyIsOneSpanOfDays() {
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2023-01-15"), day("2023-02-14")))),
                MonthSplit.of(day("2023-01-15"), day("2023-02-14")));
    }

    @Test
    void aSingleDayIsOneSpanOfDaysEvenOnAMonthsFirstOrLastDay() {
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2023-01-31"), day("2023-01-31")))),
                MonthSplit.of(day("2023-01-31"), day("2023-01-31")));
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2023-02-01"), day("2023-02-01")))),
                MonthSplit.of(day("2023-02-01"), day("2023-02-01")));
    }

    @Test
    void twoDaysEitherSideOfAMonthEndAreOneSpan() {
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2023-01-31"), day("2023-02-01")))),
                MonthSplit.of(day("2023-01-31"), day("2023-02-01")));
    }

    @Test
    void februaryOfALeapYearIsWholeOnlyWithItsTwentyNinthDay() {
        assertEquals(new MonthSplit(true, day("2024-02-01"), day("2024-02-01"), List.of()),
                MonthSplit.of(day("2024-02-01"), day("2024-02-29")));
        assertEquals(new MonthSplit(false, null, null, List.of(new Days(day("2024-02-01"), day("2024-02-28")))),
                MonthSplit.of(day("2024-02-01"), day("2024-02-28")));
    }

    @Test
    void februaryOfACommonYearIsWholeWithItsTwentyEighthDay() {
        assertEquals(new MonthSplit(true, day("2023-02-01"), day("2023-02-01"), List.of(new Days(day("2023-01-30"), day("2023-01-31")))),
                MonthSplit.of(day("2023-01-30"), day("2023-02-28")));
    }

    @Test
    void aRangeAcrossTheYearEndKeepsTheMonthsOfBothYears() {
        assertEquals(new MonthSplit(true, day("2022-12-01"), day("2023-01-01"),
                List.of(new Days(day("2022-11-30"), day("2022-11-30")), new Days(day("2023-02-01"), day("2023-02-01")))),
                MonthSplit.of(day("2022-11-30"), day("2023-02-01")));
    }

    @Test
    void aRangeWithoutAStartTakesEveryMonthUpToTheLastWholeOne() {
        assertEquals(new MonthSplit(true, null, day("2023-02-01"), List.of(new Days(day("2023-03-01"), day("2023-03-15")))),
                MonthSplit.of(null, day("2023-03-15")));
        assertEquals(new MonthSplit(true, null, day("2023-03-01"), List.of()),
                MonthSplit.of(null, day("2023-03-31")));
    }

    @Test
    void aRangeWithoutAnEndTakesEveryMonthFromTheFirstWholeOne() {
        assertEquals(new MonthSplit(true, day("2023-04-01"), null, List.of(new Days(day("2023-03-15"), day("2023-03-31")))),
                MonthSplit.of(day("2023-03-15"), null));
        assertEquals(new MonthSplit(true, day("2023-03-01"), null, List.of()),
                MonthSplit.of(day("2023-03-01"), null));
    }

    @Test
    void anOpenRangeIsAllTheMonthlyTotals() {
        assertEquals(new MonthSplit(true, null, null, List.of()), MonthSplit.of(null, null));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
