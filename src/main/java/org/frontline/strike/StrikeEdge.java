package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A strike and its cursor.")
public record StrikeEdge(
        @Description("The strike.") @NonNull Strike node,
        @Description("Where this strike stands in the list; pass it as after or before.") @NonNull String cursor) {
}
