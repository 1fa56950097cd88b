package org.frontline.source;

import org.eclipse.microprofile.graphql.Description;

@Description("A source and its cursor.")
public record SourceEdge(
        @Description("The source.") Source node,
        @Description("Where this source stands in the list; pass it as after or before.") String cursor) {
}
