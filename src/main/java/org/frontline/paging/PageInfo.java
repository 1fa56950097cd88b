package org.frontline.paging;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page stands in its list, in the Relay connection shape.")
public record PageInfo(
        @Description("True when more items follow this page (ask with first and after: endCursor).") boolean hasNextPage,
        @Description("True when items come before this page (ask with last and before: startCursor).") boolean hasPreviousPage,
        @Description("The cursor of the first item on this page.") String startCursor,
        @Description("The cursor of the last item on this page.") String endCursor) {
}
