package org.frontline.leader;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of leaders.")
public record LeaderConnection(
        @Description("The leaders on this page, each with its cursor.") @NonNull List<@NonNull LeaderEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo,
        @Description("How many leaders match, across all pages; computed only when asked for.") @NonNull Integer totalCount) {
}
