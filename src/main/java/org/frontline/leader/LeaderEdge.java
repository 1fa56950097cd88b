package org.frontline.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A leader and its cursor.")
public record LeaderEdge(
        @Description("The leader.") @NonNull Leader node,
        @Description("Where this leader stands in the list; pass it as after or before.") @NonNull String cursor) {
}
