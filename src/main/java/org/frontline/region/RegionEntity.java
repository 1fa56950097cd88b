package org.frontline.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "region")
public class RegionEntity extends EditableFact {

    @Column(columnDefinition = "text")

    public String name;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public RegionKind kind;
    public Long parentId;
    public Double latitude;
    public Double longitude;
}
