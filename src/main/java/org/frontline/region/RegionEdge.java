package org.frontline.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A region and its cursor.")
public record RegionEdge(
        @Description("The region.") @NonNull Region node,
        @Description("Where this region stands in the list; pass it as after or before.") @NonNull String cursor) {
}
