package org.frontline.sanction;

import org.eclipse.microprofile.graphql.Description;

@Description("A sanction and its cursor.")
public record SanctionEdge(
        @Description("The sanction.") Sanction node,
        @Description("Where this sanction stands in the list; pass it as after or before.") String cursor) {
}
