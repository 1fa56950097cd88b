package org.frontline.strike;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.frontline.db.Identified;
import org.frontline.db.Batch;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.graphql.Prefetch;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.region.Region;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class StrikeApi {

    /** The most regions one strikeTotalsByRegion lists: more than any country has oblasts, or an oblast districts. */
    static final int TOTALS_BY_REGION = 1000;
    /** The most periods one strikeTotalsByPeriod lists: over three years of days. */
    static final int TOTALS_BY_PERIOD = 1200;

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One strike by id, or null where there is none.")
    public Uni<Strike> strike(@NonNull @Id @Description("The strike's id.") String id) {
        return Strike.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Strikes matching a filter, a page at a time (newest first unless orderBy says otherwise).")
    @SemanticNonNull
    public Uni<StrikeConnection> strikes(
            @Description("Which strikes; all when not given.") StrikeFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("The order to list them in.") StrikeOrder orderBy,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Page.withTotal(context, Strike.page(sql, filter, orderBy, request), () -> Strike.count(sql, filter),
                (page, count) -> new StrikeConnection(page.edges(StrikeEdge::new), page.pageInfo(), count))
                .call(connection -> Prefetch.of(context, "edges/node", connection.edges().stream().map(StrikeEdge::node).toList(), this, Strike.class).load());
    }

    @Query
    @Description("Strike totals for each region directly below `within` (each with its own sub-regions), or for each country when within is not given, under the same filter as strikes.")
    @SemanticNonNull
    public Uni<List<@NonNull RegionStrikeTotals>> strikeTotalsByRegion(
            @Description("Which strikes to count; all when not given.") StrikeFilter filter,
            @Id @Description("The region whose children to total, e.g. Ukraine's id for totals by oblast.") String within,
            @DefaultValue("" + TOTALS_BY_REGION) @Description("How many regions at most, in name order (0 to " + TOTALS_BY_REGION + ").") int first) {
        return StrikeTotals.byRegion(sql, filter, Ids.parseOptional(within, "within"), PageRequest.upTo(first, TOTALS_BY_REGION));
    }

    @Query
    @Description("Strike totals for each day, week or month that has strikes, oldest first, under the same filter as strikes.")
    @SemanticNonNull
    public Uni<List<@NonNull PeriodStrikeTotals>> strikeTotalsByPeriod(
            @Description("Which strikes to count; all when not given.") StrikeFilter filter,
            @NonNull @Description("DAY, WEEK or MONTH.") Period period,
            @DefaultValue("" + TOTALS_BY_PERIOD) @Description("How many periods at most, oldest first (0 to " + TOTALS_BY_PERIOD + "); narrow the filter's dates for later ones.") int first) {
        return StrikeTotals.byPeriod(sql, filter, period, PageRequest.upTo(first, TOTALS_BY_PERIOD));
    }

    @Description("Where the strike hit.")
    public Uni<List<Region>> region(@Source List<Strike> strikes) {
        return Region.byIds(sql, Batch.keys(strikes, Strike::regionId))
                .map(regions -> Batch.one(strikes, Strike::regionId, regions, Identified::key));
    }

    @Description("Killed and injured as each source reported them, in the order they were recorded.")
    @SemanticNonNull
    public Uni<List<List<@NonNull CasualtyReport>>> casualtyReports(@Source List<Strike> strikes, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> CasualtyReport.ofStrikes(sql, Batch.keys(strikes, Strike::key)))
                .map(reports -> Batch.children(strikes, Strike::key, reports, CasualtyReport::strikeId, PageRequest.nested(first)));
    }

    @Description("Who is said to have carried out the strike, and by whom; competing attributions are all listed.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Attribution>>> attributions(@Source List<Strike> strikes, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> Attribution.ofStrikes(sql, Batch.keys(strikes, Strike::key)))
                .map(attributions -> Batch.children(strikes, Strike::key, attributions, Attribution::strikeId, PageRequest.nested(first)));
    }

    @Name("sources")
    @Description("Says who: the sources that state this strike, each with the sentence that states it.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> strikeSources(@Source List<Strike> strikes, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.STRIKE, strikes, Strike::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that give these figures, each with the sentence that gives them.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> casualtyReportSources(@Source List<CasualtyReport> reports, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.CASUALTY_REPORT, reports, Identified::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this attribution, each with the sentence that states it.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> attributionSources(@Source List<Attribution> attributions, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.ATTRIBUTION, attributions, Identified::key, first);
    }
}
