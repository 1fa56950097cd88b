package org.frontline.region;

import java.time.LocalDate;
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
import org.frontline.dates.DateRange;
import org.frontline.db.Batch;
import org.frontline.db.Keyed;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.graphql.Prefetch;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeTotals;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class RegionApi {

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One region by id, or null where there is none.")
    public Uni<Region> region(@NonNull @Id @Description("The region's id.") String id) {
        return Region.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Regions matching a filter, in name order, a page at a time.")
    @SemanticNonNull
    public Uni<RegionConnection> regions(
            @Description("Which regions; all when not given.") RegionFilter filter,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Page.withTotal(context, Region.page(sql, filter, request), () -> Region.count(sql, filter),
                (page, count) -> new RegionConnection(page.edges(RegionEdge::new), page.pageInfo(), count))
                .call(connection -> Prefetch.of(context, "edges/node", connection.edges().stream().map(RegionEdge::node).toList(), this, Region.class).load());
    }

    @Description("The region this one lies in (an oblast's country, a city's oblast), by the internationally recognised division.")
    public Uni<List<Region>> parent(@Source List<Region> regions) {
        return Region.byIds(sql, Batch.keys(regions, Region::parentId))
                .map(parents -> Batch.one(regions, Region::parentId, parents, Region::key));
    }

    @Description("The regions directly below this one, in name order; regions(filter: {parent:}) pages through more.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Region>>> children(@Source List<Region> regions,
            @DefaultValue("100") @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> Region.childrenOf(sql, Batch.keys(regions, Region::key), PageRequest.nested(first)))
                .map(children -> Batch.children(regions, Region::key, children, Region::parentId));
    }

    @Description("Who held the region, wholly or in part, on a date: one entry per holder, as sources stated it.")
    @SemanticNonNull
    public Uni<List<List<@NonNull RegionControl>>> controlledBy(@Source List<Region> regions,
            @Description("The date; today when not given.") LocalDate on, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> RegionControl.ofRegions(sql, Batch.keys(regions, Region::key), on != null ? on : LocalDate.now()))
                .map(records -> Batch.children(regions, Region::key, records, RegionControl::regionId, PageRequest.nested(first)));
    }

    @Description("Everything the record holds on who held the region, oldest first.")
    @SemanticNonNull
    public Uni<List<List<@NonNull RegionControl>>> controlHistory(@Source List<Region> regions, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> RegionControl.ofRegions(sql, Batch.keys(regions, Region::key), null))
                .map(records -> Batch.children(regions, Region::key, records, RegionControl::regionId, PageRequest.nested(first)));
    }

    @Description("Claims of sovereignty over the region, recognised or not, oldest first; given a date, only the claims standing on it.")
    @SemanticNonNull
    public Uni<List<List<@NonNull SovereigntyClaim>>> claims(@Source List<Region> regions,
            @Description("Only claims standing on this date; every claim when not given.") LocalDate on, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> SovereigntyClaim.ofRegions(sql, Batch.keys(regions, Region::key), on))
                .map(claims -> Batch.children(regions, Region::key, claims, SovereigntyClaim::regionId, PageRequest.nested(first)));
    }

    @Description("Who recognises or rejects this claim.")
    @SemanticNonNull
    public Uni<List<List<@NonNull ClaimResponse>>> responses(@Source List<SovereigntyClaim> claims, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> ClaimResponse.ofClaims(sql, Batch.keys(claims, Identified::key)))
                .map(responses -> Batch.children(claims, Identified::key, responses, ClaimResponse::claimId,
                        PageRequest.nested(first)));
    }

    @Description("The latest strikes in the region and every region below it, newest first.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Strike>>> strikes(@Source List<Region> regions,
            @DefaultValue("10") @Description(PageRequest.NESTED_FIRST) int first,
            @Description("Only strikes on or after this date.") LocalDate from,
            @Description("Only strikes on or before this date.") LocalDate to) {
        // A batched resolver reports bad arguments through its Uni: thrown, they would reach the
        // client wrapped and without their code.
        return Uni.createFrom().deferred(() -> {
            PageRequest.nested(first);
            DateRange.check(from, to, "from", "to");
            return Strike.latestIn(sql, Batch.keys(regions, Region::key), from, to, first);
        }).map(rows -> Batch.children(regions, Region::key, rows, Keyed::key))
                .map(lists -> lists.stream().map(list -> list.stream().map(Keyed::value).toList()).toList());
    }

    @Description("Strikes, killed and injured in the region and every region below it, with honest qualifiers.")
    @SemanticNonNull
    public Uni<List<StrikeTotals>> strikeTotals(@Source List<Region> regions,
            @Description("Only strikes on or after this date.") LocalDate from,
            @Description("Only strikes on or before this date.") LocalDate to) {
        return Uni.createFrom().deferred(() -> {
            DateRange.check(from, to, "from", "to");
            return StrikeTotals.ofRegions(sql, Batch.keys(regions, Region::key), from, to);
        }).map(rows -> Batch.one(regions, Region::key, rows, Keyed::key).stream().map(Keyed::value).toList());
    }

    @Name("sources")
    @Description("Says who: the sources that state this region's place and names, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> regionSources(@Source List<Region> regions, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.REGION, regions, Region::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this control, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> controlSources(@Source List<RegionControl> records, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.REGION_CONTROL, records, Identified::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this claim, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> claimSources(@Source List<SovereigntyClaim> claims, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.SOVEREIGNTY_CLAIM, claims, Identified::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this response, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> responseSources(@Source List<ClaimResponse> responses, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.CLAIM_RESPONSE, responses, Identified::key, first);
    }
}
