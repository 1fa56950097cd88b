package org.frontline.region;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Batch;
import org.frontline.db.Names;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.paging.Keyset;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.paging.SortKey;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("A place: a country, an oblast, a district, a city or settlement, or a facility such as a nuclear power plant. Who holds it and who claims it are histories: see controlledBy, controlHistory and claims.")
public record Region(
        @Id @Description("The region's id.") @NonNull String id,
        @Description("The usual English name, e.g. \"Zaporizhzhia Oblast\".") @NonNull String name,
        @Description("What sort of place it is.") @NonNull RegionKind kind,
        @Description("Latitude of a representative point (a city's centre, a plant's site), where known.") Double latitude,
        @Description("Longitude of that point, where known.") Double longitude,
        @Description("Every name the region is known by in the record, the usual one included (e.g. \"Zaporozhye\", \"Zaporizhia\"): a search by any of them finds it.") @NonNull List<@NonNull String> names,
        @Description("The version of this region; an update must state it, and is refused if someone changed it since.") int version,
        @Description("When it was retired from the record (it no longer appears in lists); null while it stands.") OffsetDateTime retiredAt,
        @Description("Why it was retired.") String retiredReason,
        @Ignore Long parentId) implements Identified {

    static final String COLUMNS = "r.id, r.name, r.kind, r.latitude, r.longitude, r.parent_id, r.version, r.retired_at, r.retired_reason, "
            + "array(select n.name from region_name n where n.region_id = r.id order by n.name) as names";

    static final Keyset<Region> BY_NAME = Keyset.ascending("NAME",
            SortKey.ofText("r.name", Region::name), SortKey.ofLong("r.id", Identified::key));

    /** The region's id as the database holds it. */

    public static Region from(Row row) {
        return new Region(Ids.of(row.getLong("id")), row.getString("name"), RegionKind.valueOf(row.getString("kind")),
                row.getDouble("latitude"), row.getDouble("longitude"),
                Arrays.asList(row.getArrayOfStrings("names")), row.getInteger("version"), row.getOffsetDateTime("retired_at"),
                row.getString("retired_reason"), row.getLong("parent_id"));
    }

    static Uni<Region> byId(Sql sql, long id) {
        return sql.one("select " + COLUMNS + " from region r where r.id = $1", Tuple.of(id), Region::from);
    }

    public static Uni<List<Region>> byIds(Sql sql, Long[] ids) {
        return sql.list("select " + COLUMNS + " from region r where r.id = any($1)", Tuple.of(ids), Region::from);
    }

    /** The first {@code limit} children of each region, in name order. */
    static Uni<List<Region>> childrenOf(Sql sql, Long[] ids, int limit) {
        return sql.list(Batch.perParent("select " + COLUMNS + " from region r", "r.parent_id", "r.retired_at is null", "r.name, r.id", limit),
                Tuple.of(ids), Region::from);
    }

    /**
     * The filter's conditions. Names match any spelling the record holds, by substring or by
     * trigram similarity, so "Zaporozhye", "zaporizh" and "Odessa" all find their place.
     */
    /**
     * Regions as an export writes them, with who controlled and who claimed each on a date: the
     * select list before the filter's where (which must come from the same {@link Where}, whose
     * first arguments are the date's), then {@link #EXPORT_ORDER}. Control and claims are JSON arrays.
     */
    public static String export(Where where, LocalDate on) {
        String date = where.param(on);
        return "select r.id, r.name, r.kind, r.parent_id, p.name as parent, r.latitude, r.longitude, r.retired_at, " + date + "::date as on_date,"
                + " (select json_agg(json_build_object('controller', a.name, 'extent', rc.extent, 'sharePercent', rc.share_percent,"
                + "    'since', rc.valid_from) order by rc.valid_from, rc.id) from region_control rc join actor a on a.id = rc.controller_id"
                + "    where rc.region_id = r.id and rc.valid_from <= " + date + " and (rc.valid_to is null or rc.valid_to > " + date + ")) as control,"
                + " (select json_agg(json_build_object('claimant', a.name, 'basis', sc.basis, 'since', sc.claimed_from) order by sc.claimed_from, sc.id)"
                + "    from sovereignty_claim sc join actor a on a.id = sc.claimant_id where sc.region_id = r.id and sc.claimed_from <= " + date
                + "    and (sc.claimed_until is null or sc.claimed_until > " + date + ")) as claims"
                + " from region r left join region p on p.id = r.parent_id";
    }

    /** The list's own order, by name. */
    public static final String EXPORT_ORDER = " order by r.name, r.id";

    static Where filter(RegionFilter filter) {
        return filter(filter, new Where());
    }

    /** The filter's conditions, added to {@code where}. */
    public static Where filter(RegionFilter filter, Where where) {
        if (filter == null || !Boolean.TRUE.equals(filter.includeRetired())) {
            where.and("r.retired_at is null");
        }
        if (filter == null) {
            return where;
        }
        LocalDate on = filter.on() != null ? filter.on() : LocalDate.now();
        where.andIf(filter.name() != null,
                "exists (select 1 from region_name n where n.region_id = r.id and " + Names.match("n.name") + ")",
                filter.name(), filter.name())
                .andIf(filter.kind() != null, "r.kind = ?", filter.kind() == null ? null : filter.kind().name())
                .andIf(filter.parent() != null, "r.parent_id = ?", Ids.parseOptional(filter.parent(), "filter.parent"))
                .andIf(filter.within() != null, "r.id in (select region_and_descendants(?)) and r.id <> ?",
                        Ids.parseOptional(filter.within(), "filter.within"), Ids.parseOptional(filter.within(), "filter.within"));
        if (filter.controlledBy() != null) {
            where.and("exists (select 1 from region_control rc where rc.region_id = r.id and rc.controller_id = ?"
                    + " and rc.valid_from <= ? and (rc.valid_to is null or rc.valid_to > ?))",
                    Ids.parse(filter.controlledBy(), "filter.controlledBy"), on, on);
        }
        if (filter.claimedBy() != null) {
            where.and("exists (select 1 from sovereignty_claim sc where sc.region_id = r.id and sc.claimant_id = ?"
                    + " and sc.claimed_from <= ? and (sc.claimed_until is null or sc.claimed_until > ?))",
                    Ids.parse(filter.claimedBy(), "filter.claimedBy"), on, on);
        }
        return where;
    }

    static Uni<Page<Region>> page(Sql sql, RegionFilter filter, PageRequest request) {
        return Page.fetch(sql, "select " + COLUMNS + " from region r", filter(filter), BY_NAME, request, Region::from);
    }

    static Uni<Integer> count(Sql sql, RegionFilter filter) {
        Where where = filter(filter);
        return sql.one("select count(*)::int from region r where " + where.sql(), where.args(), row -> row.getInteger(0));
    }
}
