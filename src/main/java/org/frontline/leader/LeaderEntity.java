package org.frontline.leader;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "leader")
public class LeaderEntity extends EditableFact {

    @Column(columnDefinition = "text")

    public String name;
}
