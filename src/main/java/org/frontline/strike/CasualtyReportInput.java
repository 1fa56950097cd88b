package org.frontline.strike;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.CitationInput;
import org.frontline.source.Citation;
import org.frontline.write.Bounds;
import org.frontline.write.ChildInput;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("CasualtyReportInput")
@Description("Killed and injured as one source reported them. A report that disagrees with earlier ones is added beside them, never over them.")
public record CasualtyReportInput(
        @PositiveOrZero @Description("People killed, as reported; leave out where the report gives no figure.") Integer killed,
        @Description("How exact killed is; EXACT when left out.") FigureQualifier killedQualifier,
        @PositiveOrZero @Description("People injured, as reported; leave out where the report gives no figure.") Integer injured,
        @Description("How exact injured is; EXACT when left out.") FigureQualifier injuredQualifier,
        @Id @Description("The body that gave the figures (an actor's id), e.g. a prosecutor's office.") String reportedByActor,
        @Id @Description("The leader who gave the figures (a leader's id), e.g. a governor.") String reportedByLeader,
        @Description("When the figures were given.") LocalDate reportedOn,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the figures, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    /** The rules across fields and the ids this report names, under {@code path}. */
    @Override
    public void check(String path, Violations violations, References references) {
        violations.check(killed == null && injured == null, path, "NO_FIGURES",
                "gives neither killed nor injured: a report needs at least one figure");
        violations.check(reportedByActor == null && reportedByLeader == null, path + ".reportedByActor", "REQUIRED",
                "or reportedByLeader is required: a figure is always someone's");
        references.require("actor", path + ".reportedByActor", reportedByActor)
                .require("leader", path + ".reportedByLeader", reportedByLeader);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
