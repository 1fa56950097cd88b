package org.frontline.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RecordChangeEdge")
@Description("A change of the record and its cursor.")
public record ChangeEdge(
        @Description("The change.") @NonNull RecordChange node,
        @Description("Where this change stands in the feed; pass it as after.") @NonNull String cursor) {
}
