package org.frontline.leader;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.dates.DatePrecision;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("A position a leader holds or held, and for whom.")
public record LeaderPosition(
        @Id @Description("The position record's id.") @NonNull String id,
        @Description("The position, e.g. \"President of Russia\", \"NATO Secretary General\".") @NonNull String title,
        @Description("The state or organisation the leader acts for in it.") @NonNull Actor actingFor,
        @Description("Since when, where known.") LocalDate since,
        @Description("How exact since is.") DatePrecision sincePrecision,
        @Description("Until when; null while it is held or where unknown.") LocalDate until,
        @Description("How exact until is.") DatePrecision untilPrecision,
        @Ignore long leaderId) implements Identified {

    static Uni<List<LeaderPosition>> ofLeaders(Sql sql, Long[] leaderIds) {
        return sql.list("select p.id, p.leader_id, p.title, p.since, p.since_precision, p.until, p.until_precision, "
                + Actor.columns("a") + " from leader_position p join actor a on a.id = p.acting_for_id"
                + " where p.leader_id = any($1) order by p.since nulls last, p.id", Tuple.of(leaderIds), LeaderPosition::from);
    }

    static LeaderPosition from(Row row) {
        return new LeaderPosition(Ids.of(row.getLong("id")), row.getString("title"), Actor.from(row, "a"),
                row.getLocalDate("since"), DatePrecision.of(row.getString("since_precision")), row.getLocalDate("until"),
                DatePrecision.of(row.getString("until_precision")), row.getLong("leader_id"));
    }
}
