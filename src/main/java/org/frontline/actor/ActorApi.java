package org.frontline.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.frontline.db.Sql;
import org.frontline.error.ApiError;
import org.frontline.error.Ids;
import org.frontline.graphql.SemanticNonNull;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ActorApi {

    private final Sql sql;

    public ActorApi(Sql sql) {
        this.sql = sql;
    }

    @Query
    @Description("One actor by id, or null where there is none.")
    public Uni<Actor> actor(@NonNull @Id @Description("The actor's id.") String id) {
        return Actor.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("Actors by name (any part of it, tolerant of spelling) and kind, in name order. Use an actor's id to filter strikes by attribution, regions by controller or sanctions by authority.")
    @SemanticNonNull
    public Uni<List<@NonNull Actor>> actors(
            @Description("Part of the actor's name; close spellings match too.") String name,
            @Description("Only actors of this kind.") ActorKind kind,
            @DefaultValue("50") @Description("How many actors at most (1 to 100).") int first) {
        if (first < 1 || first > 100) {
            throw ApiError.badArgument("first", "first must be between 1 and 100, not " + first + ".");
        }
        return Actor.search(sql, name, kind, first);
    }
}
