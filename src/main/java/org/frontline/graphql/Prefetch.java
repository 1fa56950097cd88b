package org.frontline.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * Loads a list query's batched child fields together with the list, so that graphql-java serves
 * them as ready values instead of calling a batched resolver once per parent.
 * <p>
 * Why: for each parent, SmallRye's batched field fetcher sets up a context of its own, records a
 * metric and queues the parent on a DataLoader, and the DataLoader is dispatched level by level.
 * On query (c) (20 regions, each with its latest strikes and its totals) those 40 calls were about
 * a sixth of the JVM's CPU samples, for work that two statements do. A list query that knows its
 * children are asked for loads them with the same batch functions the resolvers use, right after
 * its own page, and {@link PrefetchedOrBatchedFetcher} hands each parent its value.
 * <p>
 * Every alias is loaded with its own arguments (SmallRye's DataLoader would give all aliases of a
 * field the first one's answer). Where a load fails (a bad argument, say), that field is simply not
 * prefetched: the resolver then runs as it always did and reports the error in its usual form.
 */
public final class Prefetch<P> {

    /** Where the loaded values wait in the request's GraphQL context. */
    private static final String KEY = Prefetch.class.getName();

    /** Stands for "nothing was prefetched", as null is a value a field may have. */
    static final Object NONE = new Object();

    /** Unwrapped only once the prefetch is known to be on: switched off, nothing here asks SmallRye for it. */
    private final Context context;
    private final String path;
    private final List<P> parents;
    private final Map<String, BiFunction<List<P>, Arguments, Uni<? extends List<?>>>> loaders = new LinkedHashMap<>();

    private Prefetch(Context context, String path, List<P> parents) {
        this.context = context;
        this.path = path;
        this.parents = parents;
    }

    /**
     * Prefetching for {@code parents}, the objects found at {@code path} (e.g. "edges/node") under
     * the field the current resolver answers.
     */
    public static <P> Prefetch<P> of(Context context, String path, List<P> parents) {
        return new Prefetch<>(context, path, parents);
    }

    /**
     * The child field {@code field} of the parents, loaded by {@code loader}: given the parents and
     * the field's arguments, one value per parent, in the parents' order (a batched resolver's answer).
     */
    public Prefetch<P> field(String field, BiFunction<List<P>, Arguments, Uni<? extends List<?>>> loader) {
        loaders.put(field, loader);
        return this;
    }

    /**
     * Loads every registered field the request selects, each alias with its own arguments; nothing
     * where {@link PrefetchedFields} put no fetcher in front of the batched fields to serve it (the
     * prefetch switched off), so that the batched resolvers answer as they do for a single parent.
     */
    public Uni<Void> load() {
        if (parents.isEmpty() || !PrefetchedFields.installed()) {
            return Uni.createFrom().voidItem();
        }
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        List<Uni<Void>> loads = new ArrayList<>();
        for (Map.Entry<String, BiFunction<List<P>, Arguments, Uni<? extends List<?>>>> entry : loaders.entrySet()) {
            Map<String, SelectedField> byResultKey = new LinkedHashMap<>();
            for (SelectedField selected : environment.getSelectionSet().getFields(path + "/" + entry.getKey())) {
                byResultKey.putIfAbsent(selected.getResultKey(), selected);
            }
            for (SelectedField selected : byResultKey.values()) {
                loads.add(loadOne(environment, entry.getValue(), selected));
            }
        }
        if (loads.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(loads).andFailFast().replaceWithVoid();
    }

    private Uni<Void> loadOne(DataFetchingEnvironment environment, BiFunction<List<P>, Arguments, Uni<? extends List<?>>> loader, SelectedField selected) {
        Values values = values(environment.getGraphQlContext());
        return Uni.createFrom().deferred(() -> loader.apply(parents, new Arguments(selected.getArguments())))
                .invoke(loaded -> {
                    for (int i = 0; i < parents.size(); i++) {
                        values.put(parents.get(i), selected.getResultKey(), loaded.get(i));
                    }
                })
                .replaceWithVoid()
                // Left to the resolver, which will report the failure where the client expects it.
                .onFailure().recoverWithItem((Void) null);
    }

    /** The value prefetched for {@code parent}'s field under {@code resultKey}, or {@link #NONE}. */
    static Object prefetched(GraphQLContext context, Object parent, String resultKey) {
        Values values = context.get(KEY);
        return values == null ? NONE : values.get(parent, resultKey);
    }

    private static Values values(GraphQLContext context) {
        return context.computeIfAbsent(KEY, key -> new Values());
    }

    /** Prefetched values by parent (the very object, not an equal one) and result key. */
    private static final class Values {
        private final Map<Object, Map<String, Object>> byParent = Collections.synchronizedMap(new IdentityHashMap<>());

        void put(Object parent, String resultKey, Object value) {
            byParent.computeIfAbsent(parent, p -> Collections.synchronizedMap(new LinkedHashMap<>())).put(resultKey, value);
        }

        Object get(Object parent, String resultKey) {
            Map<String, Object> fields = byParent.get(parent);
            return fields == null ? NONE : fields.getOrDefault(resultKey, NONE);
        }
    }

    /** A selected field's arguments as graphql-java resolved them (variables and defaults applied). */
    public record Arguments(Map<String, Object> values) {

        /** An integer argument; graphql-java has put in its default where the client gave none. */
        public int integer(String name) {
            if (values.get(name) instanceof Number number) {
                return number.intValue();
            }
            throw new IllegalStateException("no value for argument " + name);
        }

        /** A date argument; dates reach here as the client wrote them, as ISO text. */
        public LocalDate date(String name) {
            Object value = values.get(name);
            return value == null || value instanceof LocalDate ? (LocalDate) value : LocalDate.parse(value.toString());
        }
    }
}
