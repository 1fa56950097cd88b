package org.frontline.strike;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.ChildInput;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("AttributionInput")
@Description("A claim of who carried out a strike. A claim that competes with earlier ones is added beside them; mark competing claims DISPUTED.")
public record AttributionInput(
        @NotNull @Id @Description("Who is said to have carried it out (an actor's id).") String attributedTo,
        @NotNull @Description("How firm the claim is.") AttributionStatus status,
        @Id @Description("The body that makes the claim (an actor's id).") String claimedByActor,
        @Id @Description("The leader who makes the claim (a leader's id).") String claimedByLeader,
        @Description("False where the source says the claimant gave no evidence.") Boolean evidenceGiven,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the claim, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    @Override
    public void check(String path, Violations violations, References references) {
        references.require("actor", path + ".attributedTo", attributedTo)
                .require("actor", path + ".claimedByActor", claimedByActor)
                .require("leader", path + ".claimedByLeader", claimedByLeader);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
