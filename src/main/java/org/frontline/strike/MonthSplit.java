package org.frontline.strike;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range cut where the kept monthly totals can answer it: the whole calendar months inside
 * it, read from strike_month_totals, and the days at either end that only part of a month covers,
 * counted from the strikes themselves. Either bound may be open.
 *
 * @param months whether any whole month lies inside the range
 * @param firstMonth the first whole month's first day; null where the range has no start
 * @param lastMonth the last whole month's first day; null where the range has no end
 * @param days the days outside whole months, each span inclusive at both ends
 */
record MonthSplit(boolean months, LocalDate firstMonth, LocalDate lastMonth, List<Days> days) {

    /** Days from {@code first} to {@code last}, both included. */
    record Days(LocalDate first, LocalDate last) {
    }

    static MonthSplit of(LocalDate from, LocalDate to) {
        LocalDate firstMonth = from == null ? null
                : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastMonth = to == null ? null
                : to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
        if (firstMonth != null && lastMonth != null && firstMonth.isAfter(lastMonth)) {
            return new MonthSplit(false, null, null, List.of(new Days(from, to)));
        }
        List<Days> days = new ArrayList<>(2);
        if (from != null && from.isBefore(firstMonth)) {
            days.add(new Days(from, firstMonth.minusDays(1)));
        }
        if (to != null && to.isAfter(lastMonth.plusMonths(1).minusDays(1))) {
            days.add(new Days(lastMonth.plusMonths(1), to));
        }
        return new MonthSplit(true, firstMonth, lastMonth, days);
    }
}
