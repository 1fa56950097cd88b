package org.frontline.leader;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.frontline.write.EditableFact;

@Entity
@Table(name = "leader")
public class LeaderEntity extends EditableFact {

    public String name;
}
