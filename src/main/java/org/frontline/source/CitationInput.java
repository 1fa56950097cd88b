package org.frontline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CitationInput")
@Description("Says who: the source that states a fact and the sentence in it that states it.")
public record CitationInput(
        @NotNull @Id @Description("The source's id (create it first with createSource).") String source,
        @NotBlank @Size(max = 4000) @Description("The sentence (or clause) that states the fact, verbatim.") String quote,
        @Size(max = 300) @Description("Who speaks in the quote, where it reports someone's words.") String speaker) {
}
