package org.frontline.region;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.frontline.dates.DatePrecision;
import org.frontline.error.Ids;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A claim of sovereignty as a source stated it, recognised or not. */
@Entity
@Table(name = "sovereignty_claim")
public class SovereigntyClaimEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long regionId;
    public Long claimantId;
    @Column(columnDefinition = "text")
    public String basis;
    public BigDecimal sharePercent;
    public LocalDate claimedFrom;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public DatePrecision claimedFromPrecision;
    public LocalDate claimedUntil;

    static SovereigntyClaimEntity of(long regionId, ClaimInput input) {
        SovereigntyClaimEntity claim = new SovereigntyClaimEntity();
        claim.regionId = regionId;
        claim.claimantId = Ids.parse(input.claimant(), "claimant");
        claim.basis = input.basis();
        claim.sharePercent = input.sharePercent();
        claim.claimedFrom = input.claimedFrom();
        claim.claimedFromPrecision = input.claimedFromPrecision() != null ? input.claimedFromPrecision() : DatePrecision.DAY;
        claim.claimedUntil = input.claimedUntil();
        return claim;
    }
}
