package org.frontline.live;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontline.db.Sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What subscriptions filter a changed fact by beyond its own fields, read once per replica for all
 * the facts of a batch of commits: the places it lies in (its region and every region above it),
 * a strike's attributions, a sanction's authority and the leaders it targets.
 */
record Facts(Set<Long> places, List<String> attributions, Long authority, Set<Long> targetLeaders) {

    static final Facts NONE = new Facts(Set.of(), List.of(), null, Set.of());

    /** An attribution as {@link #attributions} holds it: the actor's id and the status. */
    static String attribution(long actor, String status) {
        return actor + " " + status;
    }

    static Uni<Map<Long, Facts>> ofStrikes(Sql sql, Long[] ids) {
        return sql.list("select s.id, array(select region_and_ancestors(s.region_id)) as places,"
                + " array(select a.actor_id::text || ' ' || a.status from attribution a where a.strike_id = s.id) as attributions"
                + " from strike s where s.id = any($1)", Tuple.of(ids),
                row -> Map.entry(row.getLong("id"), new Facts(places(row), Arrays.asList(row.getArrayOfStrings("attributions")), null, Set.of())))
                .map(Facts::byId);
    }

    static Uni<Map<Long, Facts>> ofRegions(Sql sql, Long[] ids) {
        return sql.list("select r.id, array(select region_and_ancestors(r.id)) as places from region r where r.id = any($1)",
                Tuple.of(ids), row -> Map.entry(row.getLong("id"), new Facts(places(row), List.of(), null, Set.of())))
                .map(Facts::byId);
    }

    static Uni<Map<Long, Facts>> ofSanctions(Sql sql, Long[] ids) {
        return sql.list("select s.id, s.authority_id, array(select t.leader_id from sanction_target t"
                + " where t.sanction_id = s.id and t.leader_id is not null) as leaders from sanction s where s.id = any($1)",
                Tuple.of(ids), row -> Map.entry(row.getLong("id"), new Facts(Set.of(), List.of(), row.getLong("authority_id"),
                        new HashSet<>(Arrays.asList(row.getArrayOfLongs("leaders"))))))
                .map(Facts::byId);
    }

    private static Set<Long> places(Row row) {
        return new HashSet<>(Arrays.asList(row.getArrayOfLongs("places")));
    }

    private static Map<Long, Facts> byId(List<Map.Entry<Long, Facts>> entries) {
        Map<Long, Facts> facts = new HashMap<>();
        entries.forEach(entry -> facts.put(entry.getKey(), entry.getValue()));
        return facts;
    }
}
