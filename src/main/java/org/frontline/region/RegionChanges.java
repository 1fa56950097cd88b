package org.frontline.region;

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

@Input("RegionChanges")
@Description("A correction of a region: the version you read, the fields to change (others stay as they are), and the sources. Control and claims are not corrected here: record them with recordControl and recordClaim.")
public record RegionChanges(
        @NotNull @Description("The version of the region you read; the change is refused if it is no longer current.") Integer version,
        @Size(min = 1, max = 300) @Description("A new usual name; the old one stays among the names.") String name,
        @Description("What sort of place it is.") RegionKind kind,
        @Id @Description("The region it lies in.") String parent,
        @DecimalMin("-90") @DecimalMax("90") @Description("Latitude of a representative point.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("Longitude of that point.") Double longitude,
        @Size(max = Bounds.NAMES, groups = Bounds.class) @Description("More spellings sources use; at most " + Bounds.NAMES + ".") List<@Size(max = 300) String> otherNames,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the correction, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check((latitude == null) != (longitude == null), "changes.longitude", "INCOMPLETE_POINT",
                "and latitude go together: give both or neither");
        references.require("region", "changes.parent", parent);
        Citation.require(sources, "changes.sources", violations, references);
    }
}
