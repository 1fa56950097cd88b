package org.frontline.leader;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.frontline.paging.PageInfo;

@Description("A page of leaders.")
public record LeaderConnection(
        @Description("The leaders on this page, each with its cursor.") List<LeaderEdge> edges,
        @Description("Where this page stands in the list.") PageInfo pageInfo,
        @Description("How many leaders match, across all pages; computed only when asked for.") Integer totalCount) {
}
