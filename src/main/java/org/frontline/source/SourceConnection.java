package org.frontline.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of sources.")
public record SourceConnection(
        @Description("The sources on this page, each with its cursor.") @NonNull List<@NonNull SourceEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo,
        @Description("How many sources match, across all pages; computed only when asked for.") @NonNull Integer totalCount) {
}
