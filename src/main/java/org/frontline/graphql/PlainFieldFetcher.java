package org.frontline.graphql;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.transformation.Transformer;

/**
 * Reads one plain field from its source object: the accessor, found once when the schema is built,
 * then SmallRye's output transformer where the field's type has one. See {@link PlainFieldFetchers}.
 * <p>
 * As a {@link LightDataFetcher} it is called without graphql-java building a
 * DataFetchingEnvironment for the field; as a {@link graphql.TrivialDataFetcher} (which that
 * implies, and SmallRye's own field fetcher also is) instrumentation treats it as SmallRye's.
 */
final class PlainFieldFetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

    /** Fields served since start, so that a test notices if SmallRye stops asking for these fetchers. */
    private static final LongAdder SERVED = new LongAdder();

    private final Method accessor;
    /** Null where SmallRye hands the value to graphql-java as it is. */
    private final Transformer<Object, Object> output;

    @SuppressWarnings("unchecked")
    PlainFieldFetcher(Method accessor, Transformer<?, ?> output) {
        this.accessor = accessor;
        this.output = (Transformer<Object, Object>) output;
    }

    static long served() {
        return SERVED.sum();
    }

    @Override
    public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        return read(source);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return read(environment.getSource());
    }

    /** An exception from the accessor propagates as it does from SmallRye's fetcher, and becomes the same GraphQL error. */
    private Object read(Object source) throws ReflectiveOperationException {
        SERVED.increment();
        Object value = accessor.invoke(source);
        return value == null || output == null ? value : output.out(value);
    }
}
