package org.frontline.region;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
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

@Input("RegionInput")
@Description("A new region: its name and spellings, kind, parent and point, and who states them.")
public record RegionInput(
        @NotBlank @Size(max = 300) @Description("The usual English name.") String name,
        @NotNull @Description("What sort of place it is.") RegionKind kind,
        @Id @Description("The region it lies in (by the internationally recognised division); leave out for a country.") String parent,
        @DecimalMin("-90") @DecimalMax("90") @Description("Latitude of a representative point.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("Longitude of that point.") Double longitude,
        @Size(max = Bounds.NAMES, groups = Bounds.class) @Description("Other spellings sources use; at most " + Bounds.NAMES + ".") List<@Size(max = 300) String> otherNames,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the region's place, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check((latitude == null) != (longitude == null), "input.longitude", "INCOMPLETE_POINT",
                "and latitude go together: give both or neither");
        references.require("region", "input.parent", parent);
        Citation.require(sources, "input.sources", violations, references);
    }
}
