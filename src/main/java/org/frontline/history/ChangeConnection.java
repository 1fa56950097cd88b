package org.frontline.history;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.paging.PageInfo;

@Description("A page of a fact's changes, newest first.")
public record ChangeConnection(
        @Description("The changes on this page, each with its cursor.") @NonNull List<@NonNull ChangeEdge> edges,
        @Description("Where this page stands in the list.") @NonNull PageInfo pageInfo) {
}
