package org.frontline.region;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of regions.")
public record RegionConnection(
        @Description("The regions on this page, each with its cursor.") @NonNull List<@NonNull RegionEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo,
        @Description("How many regions match, across all pages; computed only when asked for.") @NonNull Integer totalCount) {
}
