package org.frontline.sanction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("SanctionInput")
@Description("A new sanction: who imposed it, when, under what programme, its targets, a count where one is stated, and the sources.")
public record SanctionInput(
        @NotNull @Id @Description("Who imposed it (an actor's id).") String authority,
        @NotBlank @Size(max = 500) @Description("What the measure is.") String title,
        @Size(max = 300) @Description("The programme it falls under.") String programme,
        @NotNull @Description("When it was announced.") LocalDate announcedOn,
        @Description("When it was lifted, where it was.") LocalDate liftedOn,
        @PositiveOrZero @Description("The number of targets the source states (\"more than 1,000\" is 1000 with MORE_THAN).") Integer statedTargetCount,
        @Description("How the count was put; EXACT when left out.") CountQualifier statedTargetCountQualifier,
        @Size(max = 1000) @Description("Who the count covers.") String statedTargetDescription,
        @Size(max = Bounds.TARGETS, groups = Bounds.class) @Description("The targets it names, each with its sources; at most " + Bounds.TARGETS + ".") List<@Valid TargetInput> targets,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the sanction, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        violations.check(announcedOn != null && liftedOn != null && liftedOn.isBefore(announcedOn), "input.liftedOn",
                "DATES_REVERSED", "is before announcedOn: a sanction cannot be lifted before it is announced");
        violations.check(statedTargetCount == null && statedTargetCountQualifier != null, "input.statedTargetCount", "REQUIRED",
                "is required with statedTargetCountQualifier");
        references.require("actor", "input.authority", authority);
        Citation.require(sources, "input.sources", violations, references);
        if (targets != null) {
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).check("input.targets[" + i + "]", violations, references);
            }
        }
    }
}
