package org.frontline.sanction;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "sanction")
public class SanctionEntity extends EditableFact {

    public Long authorityId;
    @Column(columnDefinition = "text")
    public String title;
    @Column(columnDefinition = "text")
    public String programme;
    public LocalDate announcedOn;
    public LocalDate liftedOn;
    public Integer statedTargetCount;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public CountQualifier statedTargetCountQualifier;
    @Column(columnDefinition = "text")
    public String statedTargetDescription;
}
