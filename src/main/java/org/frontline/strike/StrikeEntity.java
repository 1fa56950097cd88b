package org.frontline.strike;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

/**
 * A strike as the write model sees it. Its killed and injured columns are left out: the database
 * keeps them from the casualty reports (see V5__strikes.sql), so no write can set them apart
 * from a sourced report.
 */
@Entity
@Table(name = "strike")
public class StrikeEntity extends EditableFact {

    public LocalDate occurredOn;
    public OffsetDateTime occurredAt;
    public Long regionId;
    public Double latitude;
    public Double longitude;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public WeaponKind weaponKind;
    @Column(columnDefinition = "text")
    public String weapon;
    public Long weaponSupplierId;
    @Column(columnDefinition = "text")
    public String target;
    @Column(columnDefinition = "text")
    public String description;
    @Column(insertable = false, updatable = false)
    public Integer killed;
}
