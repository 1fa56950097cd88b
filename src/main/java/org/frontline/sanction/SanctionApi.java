package org.frontline.sanction;

import java.util.List;
import java.util.Set;

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
import org.frontline.paging.Selection;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class SanctionApi {

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One sanction by id, or null where there is none.")
    public Uni<Sanction> sanction(@NonNull @Id @Description("The sanction's id.") String id) {
        return Sanction.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Sanctions matching a filter, newest first, a page at a time.")
    @SemanticNonNull
    public Uni<SanctionConnection> sanctions(
            @Description("Which sanctions; all when not given.") SanctionFilter filter,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Page.withTotal(context, Sanction.page(sql, filter, request), () -> Sanction.count(sql, filter),
                (page, count) -> new SanctionConnection(page.edges(SanctionEdge::new), page.pageInfo(), count))
                .call(connection -> Prefetch.of(context, "edges/node", connection.edges().stream().map(SanctionEdge::node).toList(), this, Sanction.class).load());
    }

    @Description("The targets the sanction lists by name (beside any count it states without a list), in name order.")
    @SemanticNonNull
    public Uni<List<List<@NonNull SanctionTarget>>> targets(@Source List<Sanction> sanctions,
            @DefaultValue("100") @Description(PageRequest.NESTED_FIRST) int first) {
        boolean withLinks = Selection.anyAsks(context, "targets", Set.of("leader", "actor"));
        return Uni.createFrom().deferred(() -> SanctionTarget.ofSanctions(sql, Batch.keys(sanctions, Sanction::key), withLinks,
                PageRequest.nested(first)))
                .map(targets -> Batch.children(sanctions, Sanction::key, targets, SanctionTarget::sanctionId));
    }

    @Name("sources")
    @Description("Says who: the sources that state this sanction, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> sanctionSources(@Source List<Sanction> sanctions, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.SANCTION, sanctions, Sanction::key, first);
    }

    @Name("sources")
    @Description("Says who: the sources that name this target, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> targetSources(@Source List<SanctionTarget> targets, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.SANCTION_TARGET, targets, Identified::key, first);
    }
}
