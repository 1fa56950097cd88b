package org.frontline.strike;

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

@Description("Who is said to have carried out a strike, by whom, and how firmly. Competing attributions of one strike are each kept, marked DISPUTED.")
public record Attribution(
        @Id @Description("The attribution's id.") @NonNull String id,
        @Description("Who is said to have carried out the strike.") @NonNull Actor attributedTo,
        @Description("How firm the attribution is.") @NonNull AttributionStatus status,
        @Description("Who says so, by name.") String claimedBy,
        @Description("The body that says so, where it was a body.") Actor claimedByActor,
        @Description("The leader who says so, where it was a leader.") Leader claimedByLeader,
        @Description("False where the source says the claimant gave no evidence; null where it does not say.") Boolean evidenceGiven,
        @Ignore long strikeId) implements Identified {

    static Uni<List<Attribution>> ofStrikes(Sql sql, Long[] strikeIds) {
        return sql.list("select at.id, at.strike_id, at.status, at.evidence_given, " + Actor.columns("who") + ", "
                + Actor.columns("a") + ", " + Leader.columns("l") + " from attribution at join actor who on who.id = at.actor_id"
                + " left join actor a on a.id = at.claimed_by_actor_id left join leader l on l.id = at.claimed_by_leader_id"
                + " where at.strike_id = any($1) order by at.id", Tuple.of(strikeIds), Attribution::from);
    }

    static Attribution from(Row row) {
        Actor actor = Actor.from(row, "a");
        Leader leader = Leader.from(row, "l");
        String claimedBy = leader != null ? leader.name() : actor != null ? actor.name() : null;
        return new Attribution(Ids.of(row.getLong("id")), Actor.from(row, "who"), AttributionStatus.valueOf(row.getString("status")),
                claimedBy, actor, leader, row.getBoolean("evidence_given"), row.getLong("strike_id"));
    }
}
