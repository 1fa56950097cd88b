package org.frontline.sanction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@Input("TargetInput")
@Description("Someone or something a sanction names, with the sources that say so.")
public record TargetInput(
        @NotBlank @Size(max = 500) @Description("The target's name as the sanction lists it.") String name,
        @NotNull @Description("What sort of target.") TargetKind kind,
        @Id @Description("The leader this target is, where the record holds them (a leader's id).") String leader,
        @Id @Description("The actor (firm, body) this target is, where the record holds it (an actor's id).") String actor,
        @Description("When the target was taken off the list, where it was.") LocalDate delistedOn,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states it, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) implements ChildInput {

    @Override
    public void check(String path, Violations violations, References references) {
        references.require("leader", path + ".leader", leader).require("actor", path + ".actor", actor);
        Citation.require(sources, path + ".sources", violations, references);
    }
}
