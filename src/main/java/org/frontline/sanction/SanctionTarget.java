package org.frontline.sanction;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.db.Batch;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.leader.Leader;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("Someone or something a sanction names: a person (who may be a leader in the record), a firm, a body.")
public record SanctionTarget(
        @Id @Description("The target record's id.") @NonNull String id,
        @Description("The target's name as the sanction lists it.") @NonNull String name,
        @Description("What sort of target it is.") @NonNull TargetKind kind,
        @Description("The leader this target is, where the record holds them as one.") Leader leader,
        @Description("The actor (firm, body) this target is, where the record holds it as one.") Actor actor,
        @Description("When the target was taken off the list; null while listed.") LocalDate delistedOn,
        @Ignore long sanctionId) implements Identified {

    /**
     * The sanctions' targets. The leader and actor each target is (with a leader's every name) cost
     * most of the statement: read on a page of 50 sanctions, it ran at a quarter of the rate
     * without them (pgbench, 443 targets). They are joined only where the request asks for them.
     */
    static Uni<List<SanctionTarget>> ofSanctions(Sql sql, Long[] sanctionIds, boolean withLinks, int limit) {
        if (!withLinks) {
            return sql.list(Batch.perParent("select t.id, t.sanction_id, t.name, t.kind, t.delisted_on from sanction_target t",
                    "t.sanction_id", "t.retired_at is null", "t.name, t.id", limit),
                    Tuple.of(sanctionIds), row -> from(row, null, null));
        }
        return sql.list(Batch.perParent("select t.id, t.sanction_id, t.name, t.kind, t.delisted_on, " + Leader.columns("l") + ", "
                + Actor.columns("a") + " from sanction_target t left join leader l on l.id = t.leader_id"
                + " left join actor a on a.id = t.actor_id", "t.sanction_id", "t.retired_at is null", "t.name, t.id", limit),
                Tuple.of(sanctionIds), row -> from(row, Leader.from(row, "l"), Actor.from(row, "a")));
    }

    private static SanctionTarget from(Row row, Leader leader, Actor actor) {
        return new SanctionTarget(Ids.of(row.getLong("id")), row.getString("name"), TargetKind.valueOf(row.getString("kind")),
                leader, actor, row.getLocalDate("delisted_on"), row.getLong("sanction_id"));
    }
}
