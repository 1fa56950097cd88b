package org.frontline.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.dates.DatePrecision;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.leader.Leader;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("A dated event that is neither a strike, a sanction nor a change of control: an invasion, referendums, the signing of accession treaties, an application to join NATO, a mobilisation.")
public record Event(
        @Id @Description("The event's id.") @NonNull String id,
        @Description("When it happened (the first day of the month or year where only that is known).") @NonNull LocalDate occurredOn,
        @Description("How exact occurredOn is.") @NonNull DatePrecision occurredPrecision,
        @Description("What sort of event.") @NonNull EventKind kind,
        @Description("What happened, in a few words.") @NonNull String title,
        @Description("More on what happened.") String description,
        @Id @Description("The region it concerns, where one; ask for it with region(id:).") String regionId,
        @Description("The actor who acted, where one.") Actor actor,
        @Description("The leader who acted, where one.") Leader leader) implements Identified {

    private static final String SELECT = "select e.id, e.occurred_on, e.occurred_precision, e.kind, e.title, e.description, "
            + "e.region_id, " + Actor.columns("a") + ", " + Leader.columns("l")
            + " from event e left join actor a on a.id = e.actor_id left join leader l on l.id = e.leader_id";

    static Event from(Row row) {
        Long region = row.getLong("region_id");
        return new Event(Ids.of(row.getLong("id")), row.getLocalDate("occurred_on"),
                DatePrecision.of(row.getString("occurred_precision")), EventKind.valueOf(row.getString("kind")),
                row.getString("title"), row.getString("description"), region == null ? null : Ids.of(region),
                Actor.from(row, "a"), Leader.from(row, "l"));
    }

    static Uni<Event> byId(Sql sql, long id) {
        return sql.one(SELECT + " where e.id = $1", Tuple.of(id), Event::from);
    }

    public static Uni<List<Event>> byIds(Sql sql, Long[] ids) {
        return sql.list(SELECT + " where e.id = any($1)", Tuple.of(ids), Event::from);
    }

    static Uni<List<Event>> list(Sql sql, Where where, int limit) {
        return sql.list(SELECT + " where " + where.sql() + " order by e.occurred_on, e.id limit " + limit, where.args(), Event::from);
    }
}
