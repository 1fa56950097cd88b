package org.frontline.leader;

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

@Entity
@Table(name = "leader_position")
public class LeaderPositionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long leaderId;
    @Column(columnDefinition = "text")
    public String title;
    public Long actingForId;
    public LocalDate since;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public DatePrecision sincePrecision;
    public LocalDate until;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public DatePrecision untilPrecision;

    static LeaderPositionEntity of(long leaderId, PositionInput input) {
        LeaderPositionEntity position = new LeaderPositionEntity();
        position.leaderId = leaderId;
        position.title = input.title().strip();
        position.actingForId = Ids.parse(input.actingFor(), "actingFor");
        position.since = input.since();
        // A date with no stated precision is taken as a known day.
        position.sincePrecision = input.since() == null ? null
                : input.sincePrecision() != null ? input.sincePrecision() : DatePrecision.DAY;
        position.until = input.until();
        position.untilPrecision = input.until() == null ? null
                : input.untilPrecision() != null ? input.untilPrecision() : DatePrecision.DAY;
        return position;
    }
}
