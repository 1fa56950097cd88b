package org.frontline.leader;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
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

/**
 * A person who holds or held a position. Other features join a leader into their own rows where a
 * leader reported a figure or made a claim (see {@link #columns}).
 */
@Description("A person who holds or held a position: a head of state, an alliance's secretary general, a separatist leader, a governor, a central bank's head. People quoted who lead nothing (an analyst) are speakers of citations, not leaders.")
public record Leader(
        @Id @Description("The leader's id.") @NonNull String id,
        @Description("The usual English spelling of the name, e.g. \"Volodymyr Zelensky\".") @NonNull String name,
        @Description("Every spelling of the name in the record, the usual one included (\"Vladimir Zelensky\", \"Pushylin\"): a search by any of them finds the person.") @NonNull List<@NonNull String> names,
        @Description("The version of this leader; an update must state it, and is refused if someone changed it since.") int version,
        @Description("When it was retired from the record (it no longer appears in lists); null while it stands.") OffsetDateTime retiredAt,
        @Description("Why it was retired.") String retiredReason) implements Identified {

    static final Keyset<Leader> BY_NAME = Keyset.ascending("NAME",
            SortKey.ofText("l.name", Leader::name), SortKey.ofLong("l.id", Identified::key));


    /** The select list for a leader joined under the given alias, read back by {@link #from(Row, String)}. */
    public static String columns(String alias) {
        return alias + ".id as " + alias + "_id, " + alias + ".name as " + alias + "_name, "
                + "array(select n.name from leader_name n where n.leader_id = " + alias + ".id order by n.name) as " + alias + "_names, "
                + alias + ".version as " + alias + "_version, " + alias + ".retired_at as " + alias + "_retired_at, "
                + alias + ".retired_reason as " + alias + "_retired_reason";
    }

    /** The leader joined under the alias, or null where the join found none. */
    public static Leader from(Row row, String alias) {
        Long id = row.getLong(alias + "_id");
        if (id == null) {
            return null;
        }
        return new Leader(Ids.of(id), row.getString(alias + "_name"), Arrays.asList(row.getArrayOfStrings(alias + "_names")),
                row.getInteger(alias + "_version"), row.getOffsetDateTime(alias + "_retired_at"),
                row.getString(alias + "_retired_reason"));
    }

    private static Leader from(Row row) {
        return from(row, "l");
    }

    static Uni<Leader> byId(Sql sql, long id) {
        return sql.one("select " + columns("l") + " from leader l where l.id = $1", Tuple.of(id), Leader::from);
    }

    public static Uni<List<Leader>> byIds(Sql sql, Long[] ids) {
        return sql.list("select " + columns("l") + " from leader l where l.id = any($1)", Tuple.of(ids), Leader::from);
    }

    /** Names match any spelling the record holds, by substring or by trigram similarity. */
    static Where filter(LeaderFilter filter) {
        Where where = new Where();
        if (filter == null || !Boolean.TRUE.equals(filter.includeRetired())) {
            where.and("l.retired_at is null");
        }
        if (filter == null) {
            return where;
        }
        where.andIf(filter.name() != null,
                "exists (select 1 from leader_name n where n.leader_id = l.id and " + Names.match("n.name") + ")",
                filter.name(), filter.name())
                .andIf(filter.actingFor() != null,
                        "exists (select 1 from leader_position p where p.leader_id = l.id and p.acting_for_id = ?)",
                        Ids.parseOptional(filter.actingFor(), "filter.actingFor"))
                .andIf(filter.role() != null,
                        "exists (select 1 from leader_position p where p.leader_id = l.id and " + Names.contains("p.title") + ")",
                        filter.role());
        return where;
    }

    static Uni<Page<Leader>> page(Sql sql, LeaderFilter filter, PageRequest request) {
        return Page.fetch(sql, "select " + columns("l") + " from leader l", filter(filter), BY_NAME, request, Leader::from);
    }

    static Uni<Integer> count(Sql sql, LeaderFilter filter) {
        Where where = filter(filter);
        return sql.one("select count(*)::int from leader l where " + where.sql(), where.args(), row -> row.getInteger(0));
    }
}
