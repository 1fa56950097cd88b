package org.frontline.leader;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.CitationEntity;
import org.frontline.source.CitationInput;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("LeaderInput")
@Description("A new leader: the name, the other spellings sources use, the positions, and who states them.")
public record LeaderInput(
        @NotBlank @Size(max = 300) @Description("The usual English spelling of the name.") String name,
        @Description("Other spellings sources use, so that a search by any of them finds the person.") List<@Size(max = 300) String> otherNames,
        @Description("Positions the leader holds or held, each with its sources.") List<@Valid PositionInput> positions,
        @Description("Who names the leader, with the sentence; at least one.") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        CitationEntity.require(sources, "input.sources", violations, references);
        if (positions != null) {
            for (int i = 0; i < positions.size(); i++) {
                positions.get(i).check("input.positions[" + i + "]", violations, references);
            }
        }
    }
}
