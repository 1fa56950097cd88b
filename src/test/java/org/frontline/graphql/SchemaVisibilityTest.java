package org.frontline.graphql;

import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;

/** The schema the service answers with uses graphql-java's default visibility, and hides nothing. */
@QuarkusTest
class SchemaVisibilityTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void theSchemaKeepsGraphqlJavasDefaultVisibility() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    @Test
    void introspectionAndFieldsStillAnswer() {
        assertEquals("Query", data("{ __schema { queryType { name } } }").getString("data.__schema.queryType.name"));
        assertEquals("Ukraine", data("{ regions(filter: {name: \"Ukraine\", kind: COUNTRY}) { edges { node { name } } } }")
                .getString("data.regions.edges[0].node.name"));
    }
}
