package org.frontline.strike;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.leader.Leader;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("Killed and injured in a strike as one source reported them. Reports that disagree are all kept, each with who gave the figures.")
public record CasualtyReport(
        @Id @Description("The report's id.") @NonNull String id,
        @Description("People killed, as reported; null where the report gives no figure.") Integer killed,
        @Description("How exact killed is.") FigureQualifier killedQualifier,
        @Description("People injured, as reported; null where the report gives no figure.") Integer injured,
        @Description("How exact injured is.") FigureQualifier injuredQualifier,
        @Description("Who gave the figures, by name (a body such as \"Office of the Prosecutor General of Ukraine\", or a person).") @NonNull String reportedBy,
        @Description("The body that gave the figures, where it was a body.") Actor reportedByActor,
        @Description("The leader who gave the figures, where it was a leader (e.g. a regional governor).") Leader reportedByLeader,
        @Description("When the figures were given, where known.") LocalDate reportedOn,
        @Ignore long strikeId) implements Identified {

    static Uni<List<CasualtyReport>> ofStrikes(Sql sql, Long[] strikeIds) {
        return sql.list("select cr.id, cr.strike_id, cr.killed, cr.killed_qualifier, cr.injured, cr.injured_qualifier, cr.reported_on, "
                + Actor.columns("a") + ", " + Leader.columns("l") + " from casualty_report cr"
                + " left join actor a on a.id = cr.reported_by_actor_id left join leader l on l.id = cr.reported_by_leader_id"
                + " where cr.strike_id = any($1) order by cr.id", Tuple.of(strikeIds), CasualtyReport::from);
    }

    static CasualtyReport from(Row row) {
        Actor actor = Actor.from(row, "a");
        Leader leader = Leader.from(row, "l");
        return new CasualtyReport(Ids.of(row.getLong("id")), row.getInteger("killed"), Strike.qualifier(row, "killed_qualifier"),
                row.getInteger("injured"), Strike.qualifier(row, "injured_qualifier"),
                leader != null ? leader.name() : actor.name(), actor, leader, row.getLocalDate("reported_on"),
                row.getLong("strike_id"));
    }
}
