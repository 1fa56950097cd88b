package org.frontline.strike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Keyed;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Strikes, killed and injured added up, with qualifiers that stay honest: a sum that includes an
 * "at least" figure, or a strike whose figure nobody gave, is itself only a lower bound.
 */
@Description("Strikes, killed and injured added up over a set of strikes. killed and injured add each strike's figure (the lowest reported); their qualifiers say how far the sums can be trusted.")
public record StrikeTotals(
        @Description("How many strikes.") int strikes,
        @Description("People killed, summed over the strikes that have a figure.") int killed,
        @Description("EXACT only when every strike has an exact figure; AT_LEAST when any figure is a lower bound or any strike has no figure; ABOUT when estimates are summed.") @NonNull FigureQualifier killedQualifier,
        @Description("How many of the strikes have no killed figure (so add nothing to killed).") int strikesWithoutKilledFigure,
        @Description("People injured, summed over the strikes that have a figure.") int injured,
        @Description("How exact injured is, by the same rule as killedQualifier.") @NonNull FigureQualifier injuredQualifier,
        @Description("How many of the strikes have no injured figure.") int strikesWithoutInjuredFigure) {

    /** The aggregate select list over strikes aliased {@code s}; {@link #from(Row)} reads it. */
    static final String AGGREGATES = "count(*)::int as strikes, coalesce(sum(s.killed), 0)::int as killed, "
            + qualifier("killed") + " as killed_qualifier, count(*) filter (where s.killed is null)::int as without_killed, "
            + "coalesce(sum(s.injured), 0)::int as injured, " + qualifier("injured") + " as injured_qualifier, "
            + "count(*) filter (where s.injured is null)::int as without_injured";

    private static String qualifier(String figure) {
        return "case when bool_or(s." + figure + " is null or s." + figure + "_qualifier = 'AT_LEAST') then 'AT_LEAST'"
                + " when bool_or(s." + figure + "_qualifier = 'ABOUT') then 'ABOUT' else 'EXACT' end";
    }

    static StrikeTotals from(Row row) {
        return new StrikeTotals(row.getInteger("strikes"), row.getInteger("killed"), Strike.qualifier(row, "killed_qualifier"),
                row.getInteger("without_killed"), row.getInteger("injured"), Strike.qualifier(row, "injured_qualifier"),
                row.getInteger("without_injured"));
    }

    /**
     * Totals for each region, over the region and every region below it, in one statement. Whole
     * months come from the totals the database keeps per region and month (V13); only the days at
     * the ends of a date range that cover part of a month are counted from the strikes.
     */
    public static Uni<List<Keyed<StrikeTotals>>> ofRegions(Sql sql, Long[] regionIds, LocalDate from, LocalDate to) {
        Where where = new Where();
        String regions = where.param(regionIds);
        MonthSplit split = MonthSplit.of(from, to);
        List<String> parts = new ArrayList<>();
        if (split.months()) {
            parts.add("select m.strikes, m.killed, m.killed_at_least, m.killed_about, m.without_killed,"
                    + " m.injured, m.injured_at_least, m.injured_about, m.without_injured"
                    + " from strike_month_totals m where m.region_id = wanted.id"
                    + (split.firstMonth() != null ? " and m.month >= " + where.param(split.firstMonth()) : "")
                    + (split.lastMonth() != null ? " and m.month <= " + where.param(split.lastMonth()) : ""));
        }
        for (MonthSplit.Days days : split.days()) {
            // One branch per span, so that each reads its own range of the region index. OFFSET 0
            // keeps the planner from merging the subquery into a join, which it planned as a walk
            // through every strike (2 s for 20 villages).
            parts.add("select 1, coalesce(s.killed, 0), (s.killed is null or s.killed_qualifier = 'AT_LEAST')::int,"
                    + " coalesce(s.killed_qualifier = 'ABOUT', false)::int, (s.killed is null)::int,"
                    + " coalesce(s.injured, 0), (s.injured is null or s.injured_qualifier = 'AT_LEAST')::int,"
                    + " coalesce(s.injured_qualifier = 'ABOUT', false)::int, (s.injured is null)::int"
                    + " from region_and_descendants(wanted.id) as place(id) cross join lateral (select s.killed, s.killed_qualifier,"
                    + " s.injured, s.injured_qualifier from strike s where s.region_id = place.id and s.retired_at is null"
                    + " and s.occurred_on >= " + where.param(days.first()) + " and s.occurred_on <= " + where.param(days.last())
                    + " offset 0) s");
        }
        return sql.list("select wanted.id as for_region, t.* from unnest(" + regions + "::bigint[]) as wanted(id)"
                + " cross join lateral (select coalesce(sum(p.strikes), 0)::int as strikes, coalesce(sum(p.killed), 0)::int as killed, "
                + summedQualifier("killed") + " as killed_qualifier, coalesce(sum(p.without_killed), 0)::int as without_killed, "
                + "coalesce(sum(p.injured), 0)::int as injured, " + summedQualifier("injured") + " as injured_qualifier, "
                + "coalesce(sum(p.without_injured), 0)::int as without_injured from (" + String.join(" union all ", parts)
                + ") as p(strikes, killed, killed_at_least, killed_about, without_killed, injured, injured_at_least, injured_about,"
                + " without_injured)) t",
                where.args(), row -> new Keyed<>(row.getLong("for_region"), from(row)));
    }

    /** The qualifier of a sum of kept counts, by the rule of {@link #qualifier(String)}. */
    private static String summedQualifier(String figure) {
        return "case when sum(p." + figure + "_at_least) > 0 then 'AT_LEAST' when sum(p." + figure + "_about) > 0 then 'ABOUT'"
                + " else 'EXACT' end";
    }

    /** Totals for each direct child of {@code within} (top-level regions when null), sub-regions included. */
    static Uni<List<RegionStrikeTotals>> byRegion(Sql sql, StrikeFilter filter, Long within, int limit) {
        // Each region's strikes are found from its places, by the strikes' region index: asked as
        // "region_id in (the region's places)", PostgreSQL read every strike once per region listed
        // (PlansTest: a sequential scan of strike inside the loop over regions).
        Where where = StrikeFilter.apply(filter, new Where());
        String parent = within == null ? "r.parent_id is null" : "r.parent_id = " + where.param(within);
        return sql.list("select r.id as region_id, r.name as region_name, r.kind as region_kind, t.* from region r"
                + " cross join lateral (select " + AGGREGATES + " from region_and_descendants(r.id) as place(id)"
                + " join strike s on s.region_id = place.id where " + where.sql() + ") t"
                + " where " + parent + " order by r.name, r.id limit " + limit,
                where.args(), row -> new RegionStrikeTotals(Ids.of(row.getLong("region_id")), row.getString("region_name"), from(row)));
    }

    /** Totals for each day, week or month that has strikes matching the filter, oldest first. */
    static Uni<List<PeriodStrikeTotals>> byPeriod(Sql sql, StrikeFilter filter, Period period, int limit) {
        Where where = StrikeFilter.apply(filter, new Where());
        String start = "date_trunc('" + period.truncation() + "', s.occurred_on)::date";
        return sql.list("select " + start + " as period_start, " + AGGREGATES + " from strike s where " + where.sql()
                + " group by 1 order by 1 limit " + limit, where.args(),
                row -> PeriodStrikeTotals.of(row.getLocalDate("period_start"), period, from(row)));
    }
}
