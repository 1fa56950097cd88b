package org.frontline.sanction;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "sanction")
public class SanctionEntity extends EditableFact {

    public Long authorityId;
    public String title;
    public String programme;
    public LocalDate announcedOn;
    public LocalDate liftedOn;
    public Integer statedTargetCount;
    @Enumerated(EnumType.STRING)
    public CountQualifier statedTargetCountQualifier;
    public String statedTargetDescription;
}
