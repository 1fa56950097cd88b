package org.frontline.leader;

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
import org.frontline.db.Keyed;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.sanction.Sanction;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class LeaderApi {

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One leader by id, or null where there is none.")
    public Uni<Leader> leader(@NonNull @Id @Description("The leader's id.") String id) {
        return Leader.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Leaders matching a filter, in name order, a page at a time.")
    @SemanticNonNull
    public Uni<LeaderConnection> leaders(
            @Description("Which leaders; all when not given.") LeaderFilter filter,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Page.withTotal(context, Leader.page(sql, filter, request), () -> Leader.count(sql, filter),
                (page, count) -> new LeaderConnection(page.edges(LeaderEdge::new), page.pageInfo(), count));
    }

    @Description("The positions the leader holds or held, earliest first.")
    @SemanticNonNull
    public Uni<List<List<@NonNull LeaderPosition>>> positions(@Source List<Leader> leaders, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> LeaderPosition.ofLeaders(sql, Batch.keys(leaders, Leader::key)))
                .map(positions -> Batch.children(leaders, Leader::key, positions, LeaderPosition::leaderId, PageRequest.nested(first)));
    }

    @Description("The sanctions that name this leader as a target, newest first.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Sanction>>> sanctions(@Source List<Leader> leaders, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Uni.createFrom().deferred(() -> Sanction.againstLeaders(sql, Batch.keys(leaders, Leader::key)))
                .map(rows -> Batch.children(leaders, Leader::key, rows, Keyed::key, PageRequest.nested(first)))
                .map(lists -> lists.stream().map(list -> list.stream().map(Keyed::value).toList()).toList());
    }

    @Name("sources")
    @Description("Says who: the sources that name this leader, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> leaderSources(@Source List<Leader> leaders, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.LEADER, leaders, Leader::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this position, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> positionSources(@Source List<LeaderPosition> positions, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.LEADER_POSITION, positions, Identified::key, first);
    }
}
