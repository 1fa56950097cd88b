package org.frontline.region;

import java.math.BigDecimal;
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

@Description("A claim of sovereignty over a region, recognised or not: Russia's claim to Donetsk oblast is part of the record, and so is its rejection by others (see responses).")
public record SovereigntyClaim(
        @Id @Description("The claim's id.") @NonNull String id,
        @Description("Who claims the region.") @NonNull Actor claimant,
        @Description("How the claim was made, e.g. \"accession treaty signed after referendums\".") String basis,
        @Description("The share of the region claimed, in percent, where the claim covers only part of it (\"15 percent\" of Ukraine).") BigDecimal sharePercent,
        @Description("From when the claim is made.") @NonNull LocalDate claimedFrom,
        @Description("How exact claimedFrom is.") @NonNull DatePrecision claimedFromPrecision,
        @Description("The day the claim was dropped; null while it stands.") LocalDate claimedUntil,
        @Ignore long regionId) implements Identified {

    private static final String SELECT = "select sc.id, sc.region_id, sc.basis, sc.share_percent, sc.claimed_from, "
            + "sc.claimed_from_precision, sc.claimed_until, " + Actor.columns("a")
            + " from sovereignty_claim sc join actor a on a.id = sc.claimant_id";

    static SovereigntyClaim from(Row row) {
        return new SovereigntyClaim(Ids.of(row.getLong("id")), Actor.from(row, "a"), row.getString("basis"),
                row.getBigDecimal("share_percent"), row.getLocalDate("claimed_from"),
                DatePrecision.of(row.getString("claimed_from_precision")), row.getLocalDate("claimed_until"),
                row.getLong("region_id"));
    }

    /** Every claim on each region, oldest first; or, given a date, the claims standing on it. */
    static Uni<List<SovereigntyClaim>> ofRegions(Sql sql, Long[] regionIds, LocalDate on) {
        if (on == null) {
            return sql.list(SELECT + " where sc.region_id = any($1) order by sc.claimed_from, sc.id", Tuple.of(regionIds),
                    SovereigntyClaim::from);
        }
        return sql.list(SELECT + " where sc.region_id = any($1) and sc.claimed_from <= $2"
                + " and (sc.claimed_until is null or sc.claimed_until > $2) order by sc.claimed_from, sc.id",
                Tuple.of(regionIds, on), SovereigntyClaim::from);
    }
}
