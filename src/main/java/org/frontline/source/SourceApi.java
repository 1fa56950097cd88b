package org.frontline.source;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.frontline.db.Identified;
import org.frontline.db.Batch;
import org.frontline.db.Sql;
import org.frontline.error.ApiError;
import org.frontline.error.Ids;
import org.frontline.event.Event;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.leader.Leader;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.region.Region;
import org.frontline.sanction.Sanction;
import org.frontline.strike.Strike;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class SourceApi {

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One source by id, or null where there is none.")
    public Uni<org.frontline.source.Source> source(@NonNull @Id @Description("The source's id.") String id) {
        return org.frontline.source.Source.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Sources, newest first (undated ones last), a page at a time; each lists the facts it supports under citations.")
    @SemanticNonNull
    public Uni<SourceConnection> sources(
            @Description("Which sources; all when not given.") SourceFilter filter,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Page.withTotal(context, org.frontline.source.Source.page(sql, filter, request), () -> org.frontline.source.Source.count(sql, filter),
                (page, count) -> new SourceConnection(page.edges(SourceEdge::new), page.pageInfo(), count));
    }

    @Description("The facts this source supports: one citation per fact, with the sentence that states it, in the order they were recorded.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> citations(@Source List<org.frontline.source.Source> sources,
            @DefaultValue("100") @Description("How many citations at most (1 to 500).") int first) {
        // Reported through the Uni, as batched resolvers must, so the client sees the code.
        return Uni.createFrom().deferred(() -> {
            if (first < 1 || first > 500) {
                throw ApiError.badArgument("first", "first must be between 1 and 500, not " + first + ".");
            }
            return Citation.ofSources(sql, context, sources, first);
        });
    }

    @Description("The leader the cited fact is about, where it is about one.")
    public Uni<List<Leader>> leader(@Source List<Citation> citations) {
        return Leader.byIds(sql, Batch.keys(citations, Citation::leaderId))
                .map(leaders -> Batch.one(citations, Citation::leaderId, leaders, Leader::key));
    }

    @Description("The region the cited fact is about (for control and claims, the region held or claimed), where it is about one.")
    public Uni<List<Region>> region(@Source List<Citation> citations) {
        return Region.byIds(sql, Batch.keys(citations, Citation::regionId))
                .map(regions -> Batch.one(citations, Citation::regionId, regions, Identified::key));
    }

    @Description("The sanction the cited fact is about (for a target, its sanction), where it is about one.")
    public Uni<List<Sanction>> sanction(@Source List<Citation> citations) {
        return Sanction.byIds(sql, Batch.keys(citations, Citation::sanctionId))
                .map(sanctions -> Batch.one(citations, Citation::sanctionId, sanctions, Identified::key));
    }

    @Description("The strike the cited fact is about (for a casualty report or an attribution, its strike), where it is about one.")
    public Uni<List<Strike>> strike(@Source List<Citation> citations) {
        return Strike.byIds(sql, Batch.keys(citations, Citation::strikeId))
                .map(strikes -> Batch.one(citations, Citation::strikeId, strikes, Identified::key));
    }

    @Description("The event the cited fact is, where it is one.")
    public Uni<List<Event>> event(@Source List<Citation> citations) {
        return Event.byIds(sql, Batch.keys(citations, Citation::eventId))
                .map(events -> Batch.one(citations, Citation::eventId, events, Identified::key));
    }
}
