package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;

@Description("A strike and its cursor.")
public record StrikeEdge(
        @Description("The strike.") Strike node,
        @Description("Where this strike stands in the list; pass it as after or before.") String cursor) {
}
