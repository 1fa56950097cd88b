package org.frontline.strike;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.db.Keyed;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("An attack at a time and place: the weapon, what was hit, killed and injured as reported, and who is said to have carried it out. Competing figures and attributions are all kept: see casualtyReports and attributions.")
public record Strike(
        @Id @Description("The strike's id.") @NonNull String id,
        @Description("The day of the strike.") @NonNull LocalDate occurredOn,
        @Description("The time of the strike, where a source gives one.") OffsetDateTime occurredAt,
        @Description("Latitude of the point hit, where known.") Double latitude,
        @Description("Longitude of the point hit, where known.") Double longitude,
        @Description("The kind of weapon.") @NonNull WeaponKind weaponKind,
        @Description("The weapon as sources describe it, e.g. \"anti-aircraft missiles repurposed for ground attack\".") String weapon,
        @Description("Who supplied the weapon, where a source says (e.g. Iran for \"Iranian-supplied\" drones).") Actor weaponSupplier,
        @Description("What was hit, e.g. \"a humanitarian convoy\".") String target,
        @Description("What happened, in a sentence or two.") String description,
        @Description("People killed: the lowest figure any report gives, the conservative reading; null where no report gives one. Every report is in casualtyReports.") Integer killed,
        @Description("How exact killed is (\"at least one\" is AT_LEAST).") FigureQualifier killedQualifier,
        @Description("People injured: the lowest figure any report gives; null where no report gives one.") Integer injured,
        @Description("How exact injured is.") FigureQualifier injuredQualifier,
        @Description("The version of this strike; an update must state it, and is refused if someone changed the strike since.") int version,
        @Description("When the strike was retired from the record (it no longer appears in lists); null while it stands.") OffsetDateTime retiredAt,
        @Description("Why it was retired.") String retiredReason,
        @Ignore long regionId) implements Identified {

    static final String COLUMNS = "s.id, s.occurred_on, s.occurred_at, s.latitude, s.longitude, s.weapon_kind, s.weapon, "
            + "s.target, s.description, s.killed, s.killed_qualifier, s.injured, s.injured_qualifier, s.region_id, "
            + "s.version, s.retired_at, s.retired_reason, "
            + Actor.columns("supplier");
    static final String FROM = " from strike s left join actor supplier on supplier.id = s.weapon_supplier_id";


    static Strike from(Row row) {
        return new Strike(Ids.of(row.getLong("id")), row.getLocalDate("occurred_on"), row.getOffsetDateTime("occurred_at"),
                row.getDouble("latitude"), row.getDouble("longitude"), WeaponKind.valueOf(row.getString("weapon_kind")),
                row.getString("weapon"), Actor.from(row, "supplier"), row.getString("target"), row.getString("description"),
                row.getInteger("killed"), qualifier(row, "killed_qualifier"), row.getInteger("injured"),
                qualifier(row, "injured_qualifier"), row.getInteger("version"), row.getOffsetDateTime("retired_at"),
                row.getString("retired_reason"), row.getLong("region_id"));
    }

    static FigureQualifier qualifier(Row row, String column) {
        String value = row.getString(column);
        return value == null ? null : FigureQualifier.valueOf(value);
    }

    static Uni<Strike> byId(Sql sql, long id) {
        return sql.one("select " + COLUMNS + FROM + " where s.id = $1", Tuple.of(id), Strike::from);
    }

    public static Uni<List<Strike>> byIds(Sql sql, Long[] ids) {
        return sql.list("select " + COLUMNS + FROM + " where s.id = any($1)", Tuple.of(ids), Strike::from);
    }

    static Uni<Page<Strike>> page(Sql sql, StrikeFilter filter, StrikeOrder order, PageRequest request) {
        return Page.fetch(sql, "select " + COLUMNS + FROM, StrikeFilter.forPage(filter, new Where()), order.keyset, request,
                Strike::from);
    }

    /**
     * The statement an export streams, up to its WHERE (StrikeFilter.forPage's conditions, as a page
     * reads them): every strike the filter selects, each with its region's name, its attributions
     * and its own sources as JSON, read per strike by index so that the first rows leave before the
     * last are read.
     */
    public static final String EXPORT = "select s.id, s.occurred_on, s.occurred_at, s.region_id, r.name as region_name,"
            + " s.latitude, s.longitude, s.weapon_kind, s.weapon, s.target, s.killed, s.killed_qualifier, s.injured,"
            + " s.injured_qualifier, s.retired_at,"
            // The place from the top (country first), names and kinds: enough to find or make it again
            // in another record, where region ids mean nothing.
            + " (select json_agg(json_build_object('name', p.name, 'kind', p.kind) order by up.n desc)"
            + "    from region_and_ancestors(s.region_id) with ordinality up(id, n) join region p on p.id = up.id) as region_path,"
            // Every figure, not only the lowest the strike shows: competing figures are the record.
            + " (select json_agg(json_build_object('killed', cr.killed, 'killedQualifier', cr.killed_qualifier, 'injured', cr.injured,"
            + "    'injuredQualifier', cr.injured_qualifier, 'reportedBy', coalesce(by_actor.name, by_leader.name),"
            + "    'reportedByKind', coalesce(by_actor.kind, 'LEADER'), 'reportedOn', cr.reported_on) order by cr.id)"
            + "    from casualty_report cr left join actor by_actor on by_actor.id = cr.reported_by_actor_id"
            + "    left join leader by_leader on by_leader.id = cr.reported_by_leader_id where cr.strike_id = s.id) as reports,"
            + " (select json_agg(json_build_object('actor', who.name, 'actorKind', who.kind, 'status', a.status) order by a.id)"
            + "    from attribution a join actor who on who.id = a.actor_id where a.strike_id = s.id) as attributions,"
            + " (select json_agg(json_build_object('title', so.title, 'publisher', so.publisher, 'publishedOn', so.published_on,"
            + "    'url', so.url, 'kind', so.kind, 'quote', c.quote, 'speaker', c.speaker) order by c.id)"
            + "    from citation c join source so on so.id = c.source_id where c.strike_id = s.id) as sources"
            + " from strike s join region r on r.id = s.region_id";

    /** The order of an export: the list's default, served by its index. */
    public static final String EXPORT_ORDER = " order by s.occurred_on desc, s.id desc";

    static Uni<Integer> count(Sql sql, StrikeFilter filter) {
        Where where = StrikeFilter.apply(filter, new Where());
        return sql.one("select count(*)::int from strike s where " + where.sql(), where.args(), row -> row.getInteger(0));
    }

    /**
     * The latest strikes in each region (sub-regions included), at most {@code limit} a region, in
     * one statement: for each region, each place in it gives its newest strikes by index and the
     * newest of those are kept. Asked as "region_id in (the places)", PostgreSQL walked the whole
     * war's strikes newest first looking for the region's (a second for 20 villages).
     */
    public static Uni<List<Keyed<Strike>>> latestIn(Sql sql, Long[] regionIds, LocalDate from, LocalDate to, int limit) {
        Where where = new Where();
        String regions = where.param(regionIds);
        where.and("s.region_id = place.id").and("s.retired_at is null")
                .andIf(from != null, "s.occurred_on >= ?", from)
                .andIf(to != null, "s.occurred_on <= ?", to);
        String statement = "select x.* from unnest(" + regions + "::bigint[]) as wanted(id) cross join lateral (select wanted.id as for_region, s.*"
                + " from region_and_descendants(wanted.id) as place(id) cross join lateral (select " + COLUMNS + FROM + " where "
                + where.sql() + " order by s.occurred_on desc, s.id desc limit " + limit + ") s"
                + " order by s.occurred_on desc, s.id desc limit " + limit + ") x";
        return sql.list(statement, where.args(), row -> new Keyed<>(row.getLong("for_region"), from(row)));
    }
}
