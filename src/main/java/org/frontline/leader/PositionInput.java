package org.frontline.leader;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@Input("PositionInput")
@Description("A position a leader holds or held, with its sources.")
public record PositionInput(
        @NotBlank @Size(max = 300) @Description("The position, e.g. \"Governor of Kharkiv Oblast\".") String title,
        @NotNull @Id @Description("The state or organisation the leader acts for in it (an actor's id).") String actingFor,
        @Description("Since when.") LocalDate since,
        @Description("How exact since is; DAY when left out.") DatePrecision sincePrecision,
        @Description("Until when; leave out while it is held.") LocalDate until,
        @Description("How exact until is; DAY when left out.") DatePrecision untilPrecision,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the position, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    @Override
    public void check(String path, Violations violations, References references) {
        violations.check(since != null && until != null && until.isBefore(since), path + ".until", "DATES_REVERSED",
                "is before since: a position cannot end before it begins");
        references.require("actor", path + ".actingFor", actingFor);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
