package org.frontline.leader;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;

@Input("LeaderChanges")
@Description("A correction of a leader: the version you read, what to change, and the sources for it. Earlier spellings stay searchable.")
public record LeaderChanges(
        @NotNull @Description("The version of the leader you read; the change is refused if it is no longer current.") Integer version,
        @Size(min = 1, max = 300) @Description("A new usual spelling; the old one stays among the names.") String name,
        @Size(max = Bounds.NAMES, groups = Bounds.class) @Description("More spellings sources use; at most " + Bounds.NAMES + ".") List<@Size(max = 300) String> otherNames,
        @Size(max = Bounds.CITATIONS, groups = Bounds.class) @Description("Who states the correction, with the sentence; at least one, at most " + Bounds.CITATIONS + ".") List<@Valid CitationInput> sources) {

    void check(Violations violations, References references) {
        Citation.require(sources, "changes.sources", violations, references);
    }
}
