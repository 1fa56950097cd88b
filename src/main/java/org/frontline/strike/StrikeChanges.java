package org.frontline.strike;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;

/**
 * A correction of a strike. Fields left out stay as they are. Casualty figures and attributions
 * are not corrected here: a different figure from another source is a new report
 * (reportCasualties), so the first is never lost.
 */
@Input("StrikeChanges")
@Description("A correction of a strike: the version you read, the fields to change (others stay as they are), and the sources for the correction. Figures and attributions are not overwritten: add a competing report with reportCasualties or attributeStrike.")
public record StrikeChanges(
        @NotNull @Description("The version of the strike you read; the change is refused if it is no longer current.") Integer version,
        @Description("The day of the strike.") LocalDate occurredOn,
        @Description("The time of the strike.") OffsetDateTime occurredAt,
        @Id @Description("Where it hit (a region's id).") String region,
        @DecimalMin("-90") @DecimalMax("90") @Description("Latitude of the point hit.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("Longitude of the point hit.") Double longitude,
        @Description("The kind of weapon.") WeaponKind weaponKind,
        @Size(max = 500) @Description("The weapon as sources describe it.") String weapon,
        @Id @Description("Who supplied the weapon (an actor's id).") String weaponSupplier,
        @Size(max = 1000) @Description("What was hit.") String target,
        @Size(max = 4000) @Description("What happened.") String description,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the correction, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check((latitude == null) != (longitude == null), "changes.longitude", "INCOMPLETE_POINT",
                "and latitude go together: give both or neither");
        references.require("region", "changes.region", region).require("actor", "changes.weaponSupplier", weaponSupplier);
        Citation.require(sources, "changes.sources", violations, references);
    }
}
