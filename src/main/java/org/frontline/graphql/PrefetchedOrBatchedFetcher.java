package org.frontline.graphql;

import java.util.concurrent.atomic.LongAdder;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;

/**
 * Stands in front of one batched field's own fetcher (SmallRye's): gives the value a list query
 * prefetched for this parent and alias (see {@link Prefetch}) where there is one, and otherwise
 * lets the batched resolver run, with one DataLoader per set of arguments.
 * <p>
 * Why the DataLoader per set of arguments: SmallRye keeps one DataLoader per field for the whole
 * request, keyed by parent, and loads a batch with the arguments of its first caller. Two aliases
 * of one field with different arguments (all-time {@code strikeTotals} beside
 * {@code june: strikeTotals(from: ..., to: ...)}) therefore both got the first one's answer. Each
 * set of arguments now has its own copy of SmallRye's DataLoader (same batch function, same
 * options), so each is loaded, and cached, with its own arguments; aliases that ask the same still
 * share one load.
 */
final class PrefetchedOrBatchedFetcher implements DataFetcher<Object> {

    /** Values served from a prefetch since start, so that a test sees the prefetch used, not bypassed. */
    private static final LongAdder SERVED = new LongAdder();

    private final DataFetcher<?> batched;

    PrefetchedOrBatchedFetcher(DataFetcher<?> batched) {
        this.batched = batched;
    }

    static long served() {
        return SERVED.sum();
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object value = Prefetch.prefetched(environment.getGraphQlContext(), environment.getSource(),
                environment.getField().getResultKey());
        if (value == Prefetch.NONE) {
            return batched.get(environment.getArguments().isEmpty() ? environment : new LoaderPerArguments(environment));
        }
        SERVED.increment();
        return value;
    }

    /** The field's environment, but asked for a DataLoader it gives the one for these arguments. */
    private static final class LoaderPerArguments extends DelegatingDataFetchingEnvironment {

        LoaderPerArguments(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String name) {
            // The arguments as graphql-java resolved them (defaults included), so equal requests share a name.
            return getDataLoaderRegistry().computeIfAbsent(name + " " + getArguments(),
                    key -> delegateEnvironment.<K, V> getDataLoader(name).transform(builder -> builder.name(key)));
        }
    }
}
