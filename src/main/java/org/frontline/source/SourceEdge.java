package org.frontline.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A source and its cursor.")
public record SourceEdge(
        @Description("The source.") @NonNull Source node,
        @Description("Where this source stands in the list; pass it as after or before.") @NonNull String cursor) {
}
