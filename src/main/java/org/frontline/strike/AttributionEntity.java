package org.frontline.strike;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.frontline.error.Ids;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One claim of who carried out a strike. A competing claim is a new attribution, never an overwrite. */
@Entity
@Table(name = "attribution")
public class AttributionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long strikeId;
    public Long actorId;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public AttributionStatus status;
    public Long claimedByActorId;
    public Long claimedByLeaderId;
    public Boolean evidenceGiven;

    static AttributionEntity of(long strikeId, AttributionInput input) {
        AttributionEntity attribution = new AttributionEntity();
        attribution.strikeId = strikeId;
        attribution.actorId = Ids.parse(input.attributedTo(), "attributedTo");
        attribution.status = input.status();
        attribution.claimedByActorId = Ids.parseOptional(input.claimedByActor(), "claimedByActor");
        attribution.claimedByLeaderId = Ids.parseOptional(input.claimedByLeader(), "claimedByLeader");
        attribution.evidenceGiven = input.evidenceGiven();
        return attribution;
    }
}
