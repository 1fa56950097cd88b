package org.frontline.paging;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the client selected under the field being resolved, so that unasked work is skipped. */
public final class Selection {

    private Selection() {
    }

    public static boolean wants(Context context, String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }
}
