package org.frontline.sanction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A sanction and its cursor.")
public record SanctionEdge(
        @Description("The sanction.") @NonNull Sanction node,
        @Description("Where this sanction stands in the list; pass it as after or before.") @NonNull String cursor) {
}
