package org.frontline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.frontline.graphql.SemanticNonNull;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema.graphql at the top of the repository is the schema the service serves, so that a
 * client can generate its types from the repository without starting anything, and a change to the
 * schema shows in review as a change to that file.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("schema.graphql");

    @Test
    void theFileInTheRepositoryIsTheSchemaServed() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("frontline.schema.write")) {
            Files.writeString(FILE, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(FILE)) {
            fail("There is no schema.graphql at the top of the repository. Write it with "
                    + "./mvnw test -Dtest=SchemaFileTest -Dfrontline.schema.write=true");
        }
        assertEquals(Files.readString(FILE, StandardCharsets.UTF_8), served,
                "schema.graphql differs from the schema the service serves. If the change to the schema is meant, "
                        + "rewrite the file with ./mvnw test -Dtest=SchemaFileTest -Dfrontline.schema.write=true "
                        + "and commit it with the change");
    }

    /**
     * The file builds from its text alone, as a client's tooling builds it: a schema that uses a
     * type it never declares (as SmallRye's download did with Date) fails here.
     */
    @Test
    void theFileBuildsOnItsOwnWithEveryScalarDeclaredAndSpecifiedAndSaysWhatIsNeverNull() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(FILE, StandardCharsets.UTF_8)));

        GraphQLScalarType date = (GraphQLScalarType) schema.getType("Date");
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html", date.getSpecifiedByUrl());
        assertTrue(date.getDescription().contains("YYYY-MM-DD"), date.getDescription());
        GraphQLScalarType dateTime = (GraphQLScalarType) schema.getType("DateTime");
        assertEquals("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", dateTime.getSpecifiedByUrl());
        GraphQLScalarType decimal = (GraphQLScalarType) schema.getType("BigDecimal");
        assertNull(decimal.getSpecifiedByUrl(), "no specification describes SmallRye's BigDecimal");
        assertTrue(decimal.getDescription().contains("decimal"), decimal.getDescription());
        // What is never null says so, so that a client's generated types need no null checks there.
        assertEquals("ID!", type(schema, "Strike", "id"));
        assertEquals("Date!", type(schema, "Strike", "occurredOn"));
        assertEquals("[StrikeEdge!]!", type(schema, "StrikeConnection", "edges"));
        assertEquals("Strike!", type(schema, "StrikeEdge", "node"));
        assertEquals("[String!]!", type(schema, "Region", "names"));
        // Null where the record holds no value, or where a field read on its own failed; the
        // second kind says so, for clients that stop at errors.
        assertEquals("Int", type(schema, "Strike", "killed"));
        assertFalse(semanticNonNull(schema, "Strike", "killed"));
        assertEquals("[Citation!]", type(schema, "Strike", "sources"));
        assertTrue(semanticNonNull(schema, "Strike", "sources"));
        assertTrue(semanticNonNull(schema, "Query", "strikes"));
        assertFalse(semanticNonNull(schema, "Query", "strike"), "a strike asked for by an id that is not there is null");
        for (GraphQLScalarType scalar : schema.getAllTypesAsList().stream()
                .filter(GraphQLScalarType.class::isInstance).map(GraphQLScalarType.class::cast).toList()) {
            assertFalse(scalar.getDescription() == null || scalar.getDescription().startsWith("Scalar for"),
                    scalar.getName() + " does not say what it is: give it a format in graphql/ScalarFormats");
        }
    }

    private static boolean semanticNonNull(GraphQLSchema schema, String type, String field) {
        return schema.getObjectType(type).getFieldDefinition(field).hasAppliedDirective(SemanticNonNull.NAME);
    }

    private static String type(GraphQLSchema schema, String type, String field) {
        return GraphQLTypeUtil.simplePrint(schema.getObjectType(type).getFieldDefinition(field).getType());
    }
}
