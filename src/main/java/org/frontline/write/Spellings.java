package org.frontline.write;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.frontline.source.FactKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The spellings of a leader's or a region's name ("Zaporozhye", "Zaporizhia"), kept in the tables
 * leader_name and region_name. Spellings are only ever added, so that a search by an old one still
 * finds the person or place after a correction.
 */
public final class Spellings {

    private Spellings() {
    }

    /**
     * Adds, in the write's transaction, the spellings the leader or region ({@code owner}: LEADER or
     * REGION) does not have yet; the usual name is always one of them.
     */
    public static Uni<Void> add(FactKind owner, long id, String name, List<String> others) {
        // Table and column come from the enum, never from the request.
        String table = owner.table() + "_name";
        return Panache.getSession().chain(session -> session
                .<String>createNativeQuery("select name from " + table + " where " + owner.column() + " = :id", String.class)
                .setParameter("id", id).getResultList()
                .chain(known -> Writer.inOrder(List.copyOf(toAdd(name, others, known)), spelling -> session
                        .createNativeQuery("insert into " + table + " (" + owner.column() + ", name) values (:id, :name)")
                        .setParameter("id", id).setParameter("name", spelling).executeUpdate())));
    }

    static Set<String> toAdd(String name, List<String> others, Collection<String> known) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(name.strip());
        if (others != null) {
            others.stream().filter(other -> other != null && !other.isBlank()).map(String::strip).forEach(wanted::add);
        }
        wanted.removeAll(known);
        return wanted;
    }
}
