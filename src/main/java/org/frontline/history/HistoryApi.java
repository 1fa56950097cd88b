package org.frontline.history;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.PageRequest;
import org.frontline.source.FactKind;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class HistoryApi {

    @Inject
    Sql sql;

    @Query
    @Description("The history of any fact, newest change first, a page at a time: every change made since Frontline began keeping history (the seed as loaded is its starting point).")
    @SemanticNonNull
    public Uni<ChangeConnection> history(
            @NonNull @Description("The kind of fact.") FactKind fact,
            @NonNull @Id @Description("The fact's id.") String id,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Change.of(sql, fact, Ids.parse(id, "id"), request)
                .map(page -> new ChangeConnection(page.edges(ChangeEdge::new), page.pageInfo()));
    }
}
