package org.frontline.strike;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Strike totals for one day, week or month.")
public record PeriodStrikeTotals(
        @Description("The first day of the period.") @NonNull LocalDate periodStart,
        @Description("The last day of the period.") @NonNull LocalDate periodEnd,
        @Description("The totals.") @NonNull StrikeTotals totals) {

    static PeriodStrikeTotals of(LocalDate start, Period period, StrikeTotals totals) {
        LocalDate end = switch (period) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
        };
        return new PeriodStrikeTotals(start, end, totals);
    }
}
