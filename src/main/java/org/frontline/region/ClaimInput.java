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

@Input("ClaimInput")
@Description("A claim of sovereignty over a region, as a source states it, whether or not anyone recognises it.")
public record ClaimInput(
        @NotNull @Id @Description("Who claims it (an actor's id).") String claimant,
        @Size(max = 1000) @Description("How the claim was made, e.g. \"annexation after a referendum\".") String basis,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Description("The share claimed, in percent, where the claim covers part of the region.") BigDecimal sharePercent,
        @NotNull @Description("From when.") LocalDate claimedFrom,
        @Description("How exact claimedFrom is; DAY when left out.") DatePrecision claimedFromPrecision,
        @Description("The day the claim was dropped, where it was.") LocalDate claimedUntil,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states it, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    @Override
    public void check(String path, Violations violations, References references) {
        violations.check(claimedFrom != null && claimedUntil != null && claimedUntil.isBefore(claimedFrom), path + ".claimedUntil",
                "DATES_REVERSED", "is before claimedFrom");
        references.require("actor", path + ".claimant", claimant);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
