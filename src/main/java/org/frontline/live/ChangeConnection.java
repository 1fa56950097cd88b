package org.frontline.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Name("RecordChangeConnection")
@Description("A page of the record's changes, in commit order.")
public record ChangeConnection(
        @Description("The changes on this page, each with its cursor.") @NonNull List<@NonNull ChangeEdge> edges,
        @Description("Where this page stands in the feed; with no next page, endCursor is where to poll from.") @NonNull PageInfo pageInfo) {
}
