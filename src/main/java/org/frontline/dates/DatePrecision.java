package org.frontline.dates;

import org.eclipse.microprofile.graphql.Description;

@Description("How exact a date is. Sources often say \"in 2014\" or \"in March 2014\"; the date then holds the first day of that year or month.")
public enum DatePrecision {
    @Description("The day is known.") DAY,
    @Description("Only the month is known; the date is its first day.") MONTH,
    @Description("Only the year is known; the date is its first day.") YEAR;

    public static DatePrecision of(String value) {
        return value == null ? null : valueOf(value);
    }
}
