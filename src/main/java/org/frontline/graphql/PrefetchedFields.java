package org.frontline.graphql;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.spi.EventingService;

/**
 * Puts a {@link PrefetchedOrBatchedFetcher} in front of every batched field ({@code @Source List<...>}
 * resolver), so that any of them can be served from a {@link Prefetch}.
 * <p>
 * SmallRye offers no hook on its finished schema, only this event on the schema's builder, which
 * already holds the code registry but will not hand it back. So the schema is built once here to
 * read the registry from, and the builder gets the registry with the batched fetchers wrapped.
 * SmallRye finds this class with {@link java.util.ServiceLoader} (META-INF/services); like the schema,
 * it runs at start in JVM mode and at image build time in native mode.
 */
public class PrefetchedFields implements EventingService {

    /**
     * Whether the schema last built has the wrapped fetchers: {@link Prefetch} loads nothing
     * without them, as nothing would read it. Set where the schema is built, so that it agrees with
     * the schema even in native mode, where that was at image build time.
     */
    private static volatile boolean installed;

    /**
     * None, so SmallRye always calls this: the switch is read in {@link #beforeSchemaBuild}, since a
     * key given here would be off unless set, and the prefetch is meant to be on unless switched off.
     */
    @Override
    public String getConfigKey() {
        return null;
    }

    static boolean installed() {
        return installed;
    }

    /** Leaves SmallRye's batched fetchers as they are when switched off ({@link SmallRyeInternals#PREFETCH}). */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        installed = SmallRyeInternals.enabled(SmallRyeInternals.PREFETCH);
        if (!installed) {
            return builder;
        }
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return builder.codeRegistry(registry.transform(wrapped -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    if (registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?> batched) {
                        wrapped.dataFetcher(coordinates, new PrefetchedOrBatchedFetcher(batched));
                    }
                }
            }
        }));
    }
}
