package org.frontline.sanction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("SanctionChanges")
@Description("A correction of a sanction, or its lifting: the version you read, the fields to change (others stay as they are), and the sources.")
public record SanctionChanges(
        @NotNull @Description("The version of the sanction you read; the change is refused if it is no longer current.") Integer version,
        @Size(min = 1, max = 500) @Description("What the measure is.") String title,
        @Size(max = 300) @Description("The programme it falls under.") String programme,
        @Description("When it was announced.") LocalDate announcedOn,
        @Description("When it was lifted.") LocalDate liftedOn,
        @PositiveOrZero @Description("The number of targets the source states.") Integer statedTargetCount,
        @Description("How the count was put.") CountQualifier statedTargetCountQualifier,
        @Size(max = 1000) @Description("Who the count covers.") String statedTargetDescription,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the correction, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check(announcedOn != null && liftedOn != null && liftedOn.isBefore(announcedOn), "changes.liftedOn",
                "DATES_REVERSED", "is before announcedOn");
        Citation.require(sources, "changes.sources", violations, references);
    }
}
