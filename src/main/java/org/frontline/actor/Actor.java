package org.frontline.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Names;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Someone who acts in the record: a state, an alliance, a body, an armed force. Other features join
 * the actor's three columns into their own queries (see {@link #columns}), so an actor costs no
 * statement of its own.
 */
@Description("Someone who acts in the record: a state, an alliance, a government body, an armed force, a separatist or occupation authority, a news agency. Actors control and claim regions, impose sanctions, carry out strikes and report them.")
public record Actor(
        @Id @Description("The actor's id.") @NonNull String id,
        @Description("The actor's name, e.g. \"Russia\", \"Office of the Prosecutor General of Ukraine\".") @NonNull String name,
        @Description("What sort of actor this is.") @NonNull ActorKind kind) {

    /** The select list for an actor joined under the given alias, read back by {@link #from(Row, String)}. */
    public static String columns(String alias) {
        return alias + ".id as " + alias + "_id, " + alias + ".name as " + alias + "_name, " + alias + ".kind as " + alias + "_kind";
    }

    /** The actor joined under the alias, or null where the join found none. */
    public static Actor from(Row row, String alias) {
        Long id = row.getLong(alias + "_id");
        if (id == null) {
            return null;
        }
        return new Actor(Ids.of(id), row.getString(alias + "_name"), ActorKind.valueOf(row.getString(alias + "_kind")));
    }

    public static Uni<List<Actor>> search(Sql sql, String name, ActorKind kind, int limit) {
        Where where = new Where()
                .andIf(name != null, Names.match("a.name"), name, name)
                .andIf(kind != null, "a.kind = ?", kind == null ? null : kind.name());
        return sql.list("select " + columns("a") + " from actor a where " + where.sql() + " order by a.name limit " + limit,
                where.args(), row -> from(row, "a"));
    }

    public static Uni<Actor> byId(Sql sql, long id) {
        return sql.one("select " + columns("a") + " from actor a where a.id = $1", Tuple.of(id),
                row -> from(row, "a"));
    }
}
