package org.frontline.leader;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.frontline.write.Spellings;
import org.frontline.write.Writer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** One spelling of a leader's name. Spellings are only ever added, so a search by an old one still works. */
@Entity
@Table(name = "leader_name")
public class LeaderNameEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long leaderId;
    @Column(columnDefinition = "text")
    public String name;

    /** Adds the spellings the leader does not have yet; the usual name is always one of them. */
    static Uni<Void> add(long leaderId, String name, List<String> others) {
        return LeaderNameEntity.<LeaderNameEntity>list("leaderId", leaderId).chain(existing -> {
            return Writer.inOrder(List.copyOf(Spellings.toAdd(name, others, existing.stream().map(known -> known.name).toList())), spelling -> {
                LeaderNameEntity entry = new LeaderNameEntity();
                entry.leaderId = leaderId;
                entry.name = spelling;
                return entry.persist();
            }).call(Panache::flush);
        });
    }
}
