package org.frontline.region;

import org.eclipse.microprofile.graphql.Description;

@Description("A region and its cursor.")
public record RegionEdge(
        @Description("The region.") Region node,
        @Description("Where this region stands in the list; pass it as after or before.") String cursor) {
}
