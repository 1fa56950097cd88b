package org.frontline.history;

import org.eclipse.microprofile.graphql.Description;

@Description("A change and its cursor.")
public record ChangeEdge(
        @Description("The change.") Change node,
        @Description("Where this change stands in the list; pass it as after or before.") String cursor) {
}
