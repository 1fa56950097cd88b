package org.frontline.sanction;

import java.time.LocalDate;

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

@Entity
@Table(name = "sanction_target")
public class SanctionTargetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long sanctionId;
    public Long leaderId;
    public Long actorId;
    @Column(columnDefinition = "text")
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public TargetKind kind;
    public LocalDate delistedOn;

    static SanctionTargetEntity of(long sanctionId, TargetInput input) {
        SanctionTargetEntity target = new SanctionTargetEntity();
        target.sanctionId = sanctionId;
        target.leaderId = Ids.parseOptional(input.leader(), "leader");
        target.actorId = Ids.parseOptional(input.actor(), "actor");
        target.name = input.name().strip();
        target.kind = input.kind();
        target.delistedOn = input.delistedOn();
        return target;
    }
}
