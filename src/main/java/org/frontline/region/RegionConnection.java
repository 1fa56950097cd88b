package org.frontline.region;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.frontline.paging.PageInfo;

@Description("A page of regions.")
public record RegionConnection(
        @Description("The regions on this page, each with its cursor.") List<RegionEdge> edges,
        @Description("Where this page stands in the list.") PageInfo pageInfo,
        @Description("How many regions match, across all pages; computed only when asked for.") Integer totalCount) {
}
