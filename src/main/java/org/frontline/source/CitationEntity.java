package org.frontline.source;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.frontline.error.Ids;
import org.frontline.write.References;
import org.frontline.write.Violations;
import org.frontline.write.Writer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A citation as written: one fact, one source, one sentence. Exactly one fact column is set. */
@Entity
@Table(name = "citation")
public class CitationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long sourceId;
    @Column(columnDefinition = "text")
    public String quote;
    @Column(columnDefinition = "text")
    public String speaker;
    public Long leaderId;
    public Long leaderPositionId;
    public Long regionId;
    public Long regionControlId;
    public Long sovereigntyClaimId;
    public Long claimResponseId;
    public Long sanctionId;
    public Long sanctionTargetId;
    public Long strikeId;
    public Long casualtyReportId;
    public Long attributionId;
    public Long eventId;

    /** Persists a citation of each source given for the fact. */
    public static Uni<Void> cite(FactKind kind, long factId, List<CitationInput> sources) {
        return Writer.inOrder(sources, source -> of(kind, factId, source).persist());
    }

    /** Persists a fact, then a citation of each of its sources; returns nothing more. */
    public static Uni<Void> saveCited(PanacheEntityBase fact, Supplier<Long> id, FactKind kind, List<CitationInput> sources) {
        return fact.persist().chain(() -> cite(kind, id.get(), sources));
    }

    static CitationEntity of(FactKind kind, long factId, CitationInput input) {
        CitationEntity citation = new CitationEntity();
        citation.sourceId = Ids.parse(input.source(), "source");
        citation.quote = input.quote().strip();
        citation.speaker = input.speaker();
        switch (kind) {
            case LEADER -> citation.leaderId = factId;
            case LEADER_POSITION -> citation.leaderPositionId = factId;
            case REGION -> citation.regionId = factId;
            case REGION_CONTROL -> citation.regionControlId = factId;
            case SOVEREIGNTY_CLAIM -> citation.sovereigntyClaimId = factId;
            case CLAIM_RESPONSE -> citation.claimResponseId = factId;
            case SANCTION -> citation.sanctionId = factId;
            case SANCTION_TARGET -> citation.sanctionTargetId = factId;
            case STRIKE -> citation.strikeId = factId;
            case CASUALTY_REPORT -> citation.casualtyReportId = factId;
            case ATTRIBUTION -> citation.attributionId = factId;
            case EVENT -> citation.eventId = factId;
        }
        return citation;
    }

    /**
     * Checks that a fact gets at least one source ("no fact without a source") and that every
     * source named exists; the entries' own constraints are checked with the rest of the input.
     */
    public static void require(List<CitationInput> sources, String path, Violations violations, References references) {
        if (sources == null || sources.isEmpty()) {
            violations.add(path, "SOURCE_REQUIRED", "needs at least one source: every fact in the record says who states it");
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null) {
                references.require("source", path + "[" + i + "].source", sources.get(i).source());
            }
        }
    }

    /** The table a fact kind lives in, for reference checks. */
    public static String table(FactKind kind) {
        return kind.name().toLowerCase();
    }
}
