package org.frontline.region;

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

/** One spelling of a region's name ("Zaporozhye", "Zaporizhia"). */
@Entity
@Table(name = "region_name")
public class RegionNameEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long regionId;
    @Column(columnDefinition = "text")
    public String name;

    /** Adds the spellings the region does not have yet; the usual name is always one of them. */
    static Uni<Void> add(long regionId, String name, List<String> others) {
        return RegionNameEntity.<RegionNameEntity>list("regionId", regionId).chain(existing -> {
            return Writer.inOrder(List.copyOf(Spellings.toAdd(name, others, existing.stream().map(known -> known.name).toList())), spelling -> {
                RegionNameEntity entry = new RegionNameEntity();
                entry.regionId = regionId;
                entry.name = spelling;
                return entry.persist();
            }).call(Panache::flush);
        });
    }
}
