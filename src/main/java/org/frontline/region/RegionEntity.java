package org.frontline.region;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "region")
public class RegionEntity extends EditableFact {

    public String name;
    @Enumerated(EnumType.STRING)
    public RegionKind kind;
    public Long parentId;
    public Double latitude;
    public Double longitude;
}
