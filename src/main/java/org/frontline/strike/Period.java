package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;

@Description("The length of the periods totals are grouped by.")
public enum Period {
    @Description("Calendar days.") DAY,
    @Description("ISO weeks, starting on Monday.") WEEK,
    @Description("Calendar months.") MONTH;

    /** The date_trunc field; comes from the enum, never from the request. */
    String truncation() {
        return name().toLowerCase();
    }
}
