package org.frontline.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change and its cursor.")
public record ChangeEdge(
        @Description("The change.") @NonNull Change node,
        @Description("Where this change stands in the list; pass it as after or before.") @NonNull String cursor) {
}
