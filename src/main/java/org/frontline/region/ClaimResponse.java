package org.frontline.region;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("An actor's recognition or rejection of a sovereignty claim: a declaration, not a sanction (the EU's 27 member states' refusal to recognise the referendums is one).")
public record ClaimResponse(
        @Id @Description("The response's id.") @NonNull String id,
        @Description("Who responded.") @NonNull Actor actor,
        @Description("Whether they recognise or reject the claim.") @NonNull ClaimStance stance,
        @Description("When they said so, where known.") LocalDate statedOn,
        @Ignore long claimId) implements Identified {

    static Uni<List<ClaimResponse>> ofClaims(Sql sql, Long[] claimIds) {
        return sql.list("select cr.id, cr.claim_id, cr.stance, cr.stated_on, " + Actor.columns("a")
                + " from claim_response cr join actor a on a.id = cr.actor_id where cr.claim_id = any($1) order by a.name",
                Tuple.of(claimIds), ClaimResponse::from);
    }

    static ClaimResponse from(Row row) {
        return new ClaimResponse(Ids.of(row.getLong("id")), Actor.from(row, "a"), ClaimStance.valueOf(row.getString("stance")),
                row.getLocalDate("stated_on"), row.getLong("claim_id"));
    }
}
