package org.frontline.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(columnDefinition = "text")
    public String title;
    @Column(columnDefinition = "text")
    public String publisher;
    public LocalDate publishedOn;
    @Column(columnDefinition = "text")
    public String url;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public SourceKind kind;
    @Column(columnDefinition = "text")
    public String description;

    static SourceEntity of(SourceInput input) {
        SourceEntity source = new SourceEntity();
        source.title = input.title().strip();
        source.publisher = input.publisher();
        source.publishedOn = input.publishedOn();
        source.url = input.url();
        source.kind = input.kind();
        source.description = input.description();
        return source;
    }
}
