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

/** A change of control as a source stated it; a new row, never an overwrite of the history. */
@Entity
@Table(name = "region_control")
public class RegionControlEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long regionId;
    public Long controllerId;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public ControlExtent extent;
    public BigDecimal sharePercent;
    public LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public DatePrecision validFromPrecision;
    public LocalDate validTo;

    static RegionControlEntity of(long regionId, ControlInput input) {
        RegionControlEntity control = new RegionControlEntity();
        control.regionId = regionId;
        control.controllerId = Ids.parse(input.controller(), "controller");
        control.extent = input.extent();
        control.sharePercent = input.sharePercent();
        control.validFrom = input.validFrom();
        control.validFromPrecision = input.validFromPrecision() != null ? input.validFromPrecision() : DatePrecision.DAY;
        control.validTo = input.validTo();
        return control;
    }
}
