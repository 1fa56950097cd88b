package org.frontline.strike;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of strikes.")
public record StrikeConnection(
        @Description("The strikes on this page, each with its cursor.") @NonNull List<@NonNull StrikeEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo,
        @Description("How many strikes match, across all pages; computed only when asked for.") @NonNull Integer totalCount) {
}
