package org.frontline.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceFilter")
@Description("Which sources to list; every condition given must hold.")
public record SourceFilter(
        @Description("Part of the title.") String title,
        @Description("Part of the publisher's name.") String publisher,
        @Description("Only sources of this kind.") SourceKind kind) {
}
