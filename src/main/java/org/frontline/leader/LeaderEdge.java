package org.frontline.leader;

import org.eclipse.microprofile.graphql.Description;

@Description("A leader and its cursor.")
public record LeaderEdge(
        @Description("The leader.") Leader node,
        @Description("Where this leader stands in the list; pass it as after or before.") String cursor) {
}
