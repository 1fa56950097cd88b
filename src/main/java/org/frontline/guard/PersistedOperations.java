package org.frontline.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

/** Persisted operations: Apollo's automatic persisted queries and an operator's allow-list. */
@ApplicationScoped
public class PersistedOperations {

    /**
     * The query text to run for a request that sent {@code query} (null where it sent only a hash)
     * and {@code extensions} (null where it sent none); throws a {@link Refusal} where there is none.
     */
    public String queryFor(String query, JsonObject extensions) {
        return query;
    }
}
