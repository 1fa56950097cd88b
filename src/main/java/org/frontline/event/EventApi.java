package org.frontline.event;

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
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.ApiError;
import org.frontline.error.Ids;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.PageRequest;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class EventApi {

    @Inject
    Sql sql;

    @Inject
    Context context;

    @Query
    @Description("One event by id, or null where there is none.")
    public Uni<Event> event(@NonNull @Id @Description("The event's id.") String id) {
        return Event.byId(sql, Ids.parse(id, "id"));
    }

    @Query
    @Description("The timeline: events in date order, earliest first.")
    @SemanticNonNull
    public Uni<List<@NonNull Event>> events(
            @Description("Only events on or after this date.") LocalDate from,
            @Description("Only events on or before this date.") LocalDate to,
            @Description("Only events of this kind.") EventKind kind,
            @DefaultValue("50") @Description("How many at most (1 to 100).") int first) {
        if (first < 1 || first > PageRequest.MAX_SIZE) {
            throw ApiError.badArgument("first", "first must be between 1 and " + PageRequest.MAX_SIZE + ", not " + first + ".");
        }
        DateRange.check(from, to, "from", "to");
        Where where = new Where()
                .andIf(from != null, "e.occurred_on >= ?", from)
                .andIf(to != null, "e.occurred_on <= ?", to)
                .andIf(kind != null, "e.kind = ?", kind == null ? null : kind.name());
        return Event.list(sql, where, first);
    }

    @Name("sources")
    @Description("Says who: the sources that state this event, each with its sentence.")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> eventSources(@Source List<Event> events, @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        return Citation.forFacts(sql, context, FactKind.EVENT, events, Identified::key, first);
    }
}
