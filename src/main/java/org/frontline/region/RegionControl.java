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

@Description("Who held a region on the ground, from when to when, as one source stated it. Several may hold parts of a region at once.")
public record RegionControl(
        @Id @Description("The record's id.") @NonNull String id,
        @Description("Who held it.") @NonNull Actor controller,
        @Description("How much of it they held.") @NonNull ControlExtent extent,
        @Description("The share of the region held, in percent, where the source gave a figure (\"about 60%\").") BigDecimal sharePercent,
        @Description("From when.") @NonNull LocalDate validFrom,
        @Description("How exact validFrom is.") @NonNull DatePrecision validFromPrecision,
        @Description("The day control ended (not held from that day on); null while it lasts, as far as the record knows.") LocalDate validTo,
        @Ignore long regionId) implements Identified {

    private static final String SELECT = "select rc.id, rc.region_id, rc.extent, rc.share_percent, rc.valid_from, "
            + "rc.valid_from_precision, rc.valid_to, " + Actor.columns("a")
            + " from region_control rc join actor a on a.id = rc.controller_id";

    static RegionControl from(Row row) {
        return new RegionControl(Ids.of(row.getLong("id")), Actor.from(row, "a"), ControlExtent.valueOf(row.getString("extent")),
                row.getBigDecimal("share_percent"), row.getLocalDate("valid_from"),
                DatePrecision.of(row.getString("valid_from_precision")), row.getLocalDate("valid_to"), row.getLong("region_id"));
    }

    /** The whole history of each region, oldest first; or, given a date, what held on that date. */
    static Uni<List<RegionControl>> ofRegions(Sql sql, Long[] regionIds, LocalDate on) {
        if (on == null) {
            return sql.list(SELECT + " where rc.region_id = any($1) order by rc.valid_from, rc.id", Tuple.of(regionIds),
                    RegionControl::from);
        }
        return sql.list(SELECT + " where rc.region_id = any($1) and rc.valid_from <= $2 and (rc.valid_to is null or rc.valid_to > $2)"
                + " order by rc.valid_from, rc.id", Tuple.of(regionIds, on), RegionControl::from);
    }
}
