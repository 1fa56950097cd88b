package org.frontline.write;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * What every entity a client can correct and retire shares (leaders, regions, sanctions, strikes):
 * an id, a version for optimistic concurrency, and retirement in place of deletion.
 */
@MappedSuperclass
public abstract class EditableFact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /**
     * Read-only here: {@link Writer#claim} moves it, in one conditional UPDATE that only succeeds
     * where the row still has the version the client read.
     */
    @Column(insertable = false, updatable = false)
    public int version;
    public OffsetDateTime retiredAt;
    @Column(columnDefinition = "text")
    public String retiredReason;
}
