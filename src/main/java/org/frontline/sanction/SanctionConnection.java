package org.frontline.sanction;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.frontline.paging.PageInfo;

@Description("A page of sanctions.")
public record SanctionConnection(
        @Description("The sanctions on this page, each with its cursor.") List<SanctionEdge> edges,
        @Description("Where this page stands in the list.") PageInfo pageInfo,
        @Description("How many sanctions match, across all pages; computed only when asked for.") Integer totalCount) {
}
