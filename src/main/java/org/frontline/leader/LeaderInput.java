package org.frontline.leader;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("LeaderInput")
@Description("A new leader: the name, the other spellings sources use, the positions, and who states them.")
public record LeaderInput(
        @NotBlank @Size(max = 300) @Description("The usual English spelling of the name.") String name,
        @Size(max = Bounds.NAMES, groups = Bounds.class) @Description("Other spellings sources use, so that a search by any of them finds the person; at most " + Bounds.NAMES + ".") List<@Size(max = 300) String> otherNames,
        @Size(max = Bounds.POSITIONS, groups = Bounds.class) @Description("Positions the leader holds or held, each with its sources; at most " + Bounds.POSITIONS + ".") List<@Valid PositionInput> positions,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who names the leader, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        Citation.require(sources, "input.sources", violations, references);
        if (positions != null) {
            for (int i = 0; i < positions.size(); i++) {
                positions.get(i).check("input.positions[" + i + "]", violations, references);
            }
        }
    }
}
