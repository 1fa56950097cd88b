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

@Input("StrikeInput")
@Description("A new strike, with the sources that state it and, where known, its first casualty report and attributions.")
public record StrikeInput(
        @NotNull @Description("The day of the strike.") LocalDate occurredOn,
        @Description("The time, where a source gives one.") OffsetDateTime occurredAt,
        @NotNull @Id @Description("Where it hit (a region's id: the most precise place known).") String region,
        @DecimalMin("-90") @DecimalMax("90") @Description("Latitude of the point hit, where known.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("Longitude of the point hit, where known.") Double longitude,
        @NotNull @Description("The kind of weapon (UNKNOWN where the source does not say).") WeaponKind weaponKind,
        @Size(max = 500) @Description("The weapon as the source describes it.") String weapon,
        @Id @Description("Who supplied the weapon, where a source says (an actor's id).") String weaponSupplier,
        @Size(max = 1000) @Description("What was hit.") String target,
        @Size(max = 4000) @Description("What happened.") String description,
        @Valid @Description("The first casualty report, where figures were given.") CasualtyReportInput casualties,
        @Size(max = Bounds.ATTRIBUTIONS, groups = Bounds.class) @Description("Who is said to have carried it out, by whom; at most " + Bounds.ATTRIBUTIONS + ".") List<@Valid AttributionInput> attributions,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the strike, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check((latitude == null) != (longitude == null), "input.longitude", "INCOMPLETE_POINT",
                "and latitude go together: give both or neither");
        references.require("region", "input.region", region).require("actor", "input.weaponSupplier", weaponSupplier);
        Citation.require(sources, "input.sources", violations, references);
        if (casualties != null) {
            casualties.check("input.casualties", violations, references);
        }
        if (attributions != null) {
            for (int i = 0; i < attributions.size(); i++) {
                attributions.get(i).check("input.attributions[" + i + "]", violations, references);
            }
        }
    }
}
