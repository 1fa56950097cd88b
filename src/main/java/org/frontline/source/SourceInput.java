package org.frontline.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceInput")
@Description("A document to cite: an article, a statement, a data set.")
public record SourceInput(
        @NotBlank @Size(max = 500) @Description("Its title, or a description where it has none.") String title,
        @Size(max = 300) @Description("Who published it.") String publisher,
        @Description("When it was published.") LocalDate publishedOn,
        @Size(max = 2000) @Description("Where it can be read.") String url,
        @NotNull @Description("What sort of document it is.") SourceKind kind,
        @Size(max = 4000) @Description("Anything a reader should know about the document itself.") String description) {
}
