package org.frontline.sanction;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of sanctions.")
public record SanctionConnection(
        @Description("The sanctions on this page, each with its cursor.") @NonNull List<@NonNull SanctionEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo,
        @Description("How many sanctions match, across all pages; computed only when asked for.") @NonNull Integer totalCount) {
}
