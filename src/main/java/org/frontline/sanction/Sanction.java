package org.frontline.sanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.actor.Actor;
import org.frontline.dates.DateRange;
import org.frontline.db.Keyed;
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

@Description("A measure imposed by an authority (a state or a body) on targets, on a date, under a programme, possibly lifted later.")
public record Sanction(
        @Id @Description("The sanction's id.") @NonNull String id,
        @Description("What the measure is, e.g. \"US sanctions over the annexation of four Ukrainian regions\".") @NonNull String title,
        @Description("The programme it falls under, where known.") String programme,
        @Description("Who imposed it.") @NonNull Actor authority,
        @Description("When it was announced.") @NonNull LocalDate announcedOn,
        @Description("When it was lifted; null while it stands.") LocalDate liftedOn,
        @Description("The number of targets the source states, where it gives a count rather than (or beside) a list.") Integer statedTargetCount,
        @Description("How that count was put (\"more than 1,000\" is MORE_THAN).") CountQualifier statedTargetCountQualifier,
        @Description("Who the stated count covers, e.g. \"people and firms linked to the Russian invasion\".") String statedTargetDescription,
        @Description("The version of this sanction; an update must state it, and is refused if someone changed it since.") int version,
        @Description("When it was retired from the record (it no longer appears in lists); null while it stands.") OffsetDateTime retiredAt,
        @Description("Why it was retired.") String retiredReason) implements Identified {

    static final String COLUMNS = "s.id, s.title, s.programme, s.announced_on, s.lifted_on, s.stated_target_count, "
            + "s.stated_target_count_qualifier, s.stated_target_description, s.version, s.retired_at, s.retired_reason, "
            + Actor.columns("a");
    static final String FROM = " from sanction s join actor a on a.id = s.authority_id";

    static final Keyset<Sanction> NEWEST_FIRST = Keyset.descending("NEWEST_FIRST",
            SortKey.ofDate("s.announced_on", Sanction::announcedOn), SortKey.ofLong("s.id", Identified::key));


    static Sanction from(Row row) {
        String qualifier = row.getString("stated_target_count_qualifier");
        return new Sanction(Ids.of(row.getLong("id")), row.getString("title"), row.getString("programme"), Actor.from(row, "a"),
                row.getLocalDate("announced_on"), row.getLocalDate("lifted_on"), row.getInteger("stated_target_count"),
                qualifier == null ? null : CountQualifier.valueOf(qualifier), row.getString("stated_target_description"),
                row.getInteger("version"), row.getOffsetDateTime("retired_at"), row.getString("retired_reason"));
    }

    static Uni<Sanction> byId(Sql sql, long id) {
        return sql.one("select " + COLUMNS + FROM + " where s.id = $1", Tuple.of(id), Sanction::from);
    }

    public static Uni<List<Sanction>> byIds(Sql sql, Long[] ids) {
        return sql.list("select " + COLUMNS + FROM + " where s.id = any($1)", Tuple.of(ids), Sanction::from);
    }

    /** The sanctions naming each leader as a target, newest first. */
    public static Uni<List<Keyed<Sanction>>> againstLeaders(Sql sql, Long[] leaderIds) {
        return sql.list("select distinct t.leader_id as for_leader, " + COLUMNS + FROM
                + " join sanction_target t on t.sanction_id = s.id where t.leader_id = any($1) and s.retired_at is null"
                + " and t.retired_at is null order by s.announced_on desc, s.id desc",
                Tuple.of(leaderIds), row -> new Keyed<>(row.getLong("for_leader"), from(row)));
    }

    /**
     * Sanctions as an export writes them: one row per target still listed (one with empty target
     * columns for a sanction without), the sources of the sanction and of the target each as a JSON
     * array of title and quote. Followed by a filter's where and {@link #EXPORT_ORDER}.
     */
    public static final String EXPORT = "select s.id, a.name as authority, s.title, s.programme, s.announced_on, s.lifted_on,"
            + " s.stated_target_count, s.stated_target_count_qualifier, s.retired_at,"
            + " t.id as target_id, t.name as target_name, t.kind as target_kind, t.leader_id as target_leader_id, t.delisted_on,"
            + " (select json_agg(json_build_object('title', so.title, 'quote', c.quote) order by c.id)"
            + "    from citation c join source so on so.id = c.source_id where c.sanction_id = s.id) as sources,"
            + " (select json_agg(json_build_object('title', so.title, 'quote', c.quote) order by c.id)"
            + "    from citation c join source so on so.id = c.source_id where c.sanction_target_id = t.id) as target_sources"
            + FROM + " left join sanction_target t on t.sanction_id = s.id and t.retired_at is null";

    /** The list's own order (newest first), and each sanction's targets in the order they were recorded. */
    public static final String EXPORT_ORDER = " order by s.announced_on desc, s.id desc, t.id";

    public static Where filter(SanctionFilter filter) {
        Where where = new Where();
        if (filter == null || !Boolean.TRUE.equals(filter.includeRetired())) {
            where.and("s.retired_at is null");
        }
        if (filter == null) {
            return where;
        }
        DateRange.check(filter.from(), filter.to(), "filter.from", "filter.to");
        where.andIf(filter.authority() != null, "s.authority_id = ?", Ids.parseOptional(filter.authority(), "filter.authority"))
                .andIf(filter.target() != null,
                        "exists (select 1 from sanction_target t where t.sanction_id = s.id and t.leader_id = ?)",
                        Ids.parseOptional(filter.target(), "filter.target"))
                .andIf(filter.targetName() != null,
                        "exists (select 1 from sanction_target t where t.sanction_id = s.id and " + Names.match("t.name") + ")",
                        filter.targetName(), filter.targetName())
                .andIf(filter.from() != null, "s.announced_on >= ?", filter.from())
                .andIf(filter.to() != null, "s.announced_on <= ?", filter.to());
        return where;
    }

    static Uni<Page<Sanction>> page(Sql sql, SanctionFilter filter, PageRequest request) {
        return Page.fetch(sql, "select " + COLUMNS + FROM, filter(filter), NEWEST_FIRST, request, Sanction::from);
    }

    static Uni<Integer> count(Sql sql, SanctionFilter filter) {
        Where where = filter(filter);
        return sql.one("select count(*)::int from sanction s where " + where.sql(), where.args(), row -> row.getInteger(0));
    }
}
