package org.frontline.strike;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.frontline.error.Ids;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One source's figures for a strike. Reports are only ever added: a competing figure is a new report. */
@Entity
@Table(name = "casualty_report")
public class CasualtyReportEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long strikeId;
    public Integer killed;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public FigureQualifier killedQualifier;
    public Integer injured;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public FigureQualifier injuredQualifier;
    public Long reportedByActorId;
    public Long reportedByLeaderId;
    public LocalDate reportedOn;

    static CasualtyReportEntity of(long strikeId, CasualtyReportInput input) {
        CasualtyReportEntity report = new CasualtyReportEntity();
        report.strikeId = strikeId;
        report.killed = input.killed();
        // A figure with no qualifier is taken as stated: exactly that many.
        report.killedQualifier = input.killed() == null ? null
                : input.killedQualifier() != null ? input.killedQualifier() : FigureQualifier.EXACT;
        report.injured = input.injured();
        report.injuredQualifier = input.injured() == null ? null
                : input.injuredQualifier() != null ? input.injuredQualifier() : FigureQualifier.EXACT;
        report.reportedByActorId = Ids.parseOptional(input.reportedByActor(), "reportedByActor");
        report.reportedByLeaderId = Ids.parseOptional(input.reportedByLeader(), "reportedByLeader");
        report.reportedOn = input.reportedOn();
        return report;
    }
}
