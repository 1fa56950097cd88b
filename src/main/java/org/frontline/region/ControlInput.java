package org.frontline.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.dates.DatePrecision;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.ChildInput;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("ControlInput")
@Description("Who held a region, from when, as a source states it. Added to the region's history; earlier records stay.")
public record ControlInput(
        @NotNull @Id @Description("Who held it (an actor's id).") String controller,
        @NotNull @Description("How much of it.") ControlExtent extent,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Description("The share held, in percent, where the source gives a figure.") BigDecimal sharePercent,
        @NotNull @Description("From when.") LocalDate validFrom,
        @Description("How exact validFrom is; DAY when left out.") DatePrecision validFromPrecision,
        @Description("The day control ended, where it has.") LocalDate validTo,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states it, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    @Override
    public void check(String path, Violations violations, References references) {
        violations.check(validFrom != null && validTo != null && validTo.isBefore(validFrom), path + ".validTo", "DATES_REVERSED",
                "is before validFrom");
        references.require("actor", path + ".controller", controller);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
