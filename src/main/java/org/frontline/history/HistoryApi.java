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
            @Description("How many to return reading forwards (0 to 100, default 20).") Integer first,
            @Description("Read forwards from after this cursor.") String after,
            @Description("How many to return reading backwards (0 to 100).") Integer last,
            @Description("Read backwards from before this cursor.") String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return Change.of(sql, fact, Ids.parse(id, "id"), request)
                .map(page -> new ChangeConnection(page.edges(ChangeEdge::new), page.pageInfo()));
    }
}
