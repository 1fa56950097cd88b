package org.frontline.paging;

import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the client selected, so that unasked work is skipped. */
public final class Selection {

    private Selection() {
    }

    /** Whether the field being resolved selects {@code field} directly under it. */
    public static boolean wants(Context context, String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }

    /**
     * Whether any field named {@code field} in the request, under any alias and at any depth, selects
     * one of {@code children} directly under it. A batched resolver needs this rather than
     * {@link #wants}: SmallRye loads a batched field once per parent for all its aliases, with the
     * first caller's environment, so what it fetches must serve every alias.
     */
    public static boolean anyAsks(Context context, String field, Set<String> children) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return asks(environment.getOperationDefinition().getSelectionSet(), environment.getFragmentsByName(), field, children, false);
    }

    private static boolean asks(SelectionSet selections, Map<String, FragmentDefinition> fragments, String field,
            Set<String> children, boolean underField) {
        if (selections == null) {
            return false;
        }
        for (graphql.language.Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field selected) {
                if ((underField && children.contains(selected.getName()))
                        || asks(selected.getSelectionSet(), fragments, field, children, selected.getName().equals(field))) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                if (asks(inline.getSelectionSet(), fragments, field, children, underField)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                if (asks(fragments.get(spread.getName()).getSelectionSet(), fragments, field, children, underField)) {
                    return true;
                }
            }
        }
        return false;
    }
}
