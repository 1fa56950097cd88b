package org.frontline.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL 2.17 reads the default field visibility, "default", as a list of patterns to
 * block: every field lookup of every request then runs a regular expression against the field's
 * name, which blocks nothing. A profile of query (c) put 3% of the service's time there. Where
 * the setting is left at "default", the schema gets graphql-java's own default visibility back;
 * a setting such as no-introspection is left alone.
 *
 * SmallRye finds this class through META-INF/services (Quarkus registers such providers for the
 * native image too), and calls it as it builds the schema; SchemaVisibilityTest fails if it stops.
 */
public class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder schema) {
        String visibility = ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                .orElse("default");
        if (!"default".equals(visibility)) {
            return schema;
        }
        return schema.codeRegistry(schema.build().getCodeRegistry()
                .transform(registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }
}
