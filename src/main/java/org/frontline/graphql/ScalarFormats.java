package org.frontline.graphql;

import java.util.Map;

import graphql.Directives;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Says what each of the schema's own scalars is, in its description and, where a specification of
 * the format exists, in {@code @specifiedBy}, so that a client (and a code generator) knows what
 * to send and what comes back. SmallRye describes them all as "Scalar for Date" and so on.
 * <p>
 * The descriptions tell what the service really does: the request guard (guard/Inputs) checks
 * every input against the same format before anything runs.
 * <p>
 * SmallRye's scalars are shared, immutable instances, and the schema's builder cannot swap a type
 * it already holds, so the schema is built here, the scalars replaced throughout, and SmallRye
 * given a builder of that schema. Like the schema, this runs at start in JVM mode and at image
 * build time in native mode. SmallRye finds this class with {@link java.util.ServiceLoader}.
 */
public class ScalarFormats implements EventingService {

    private record Format(String description, String specifiedBy) {
    }

    private static final Map<String, Format> FORMATS = Map.of(
            "Date", new Format("A calendar date, with no time of day and no time zone, written as a string YYYY-MM-DD "
                    + "(RFC 3339's full-date), such as \"2022-09-30\". Answers are written so; an input in any other form "
                    + "(\"30.09.2022\", \"2022-9-30\", a time of day) is refused.",
                    "https://scalars.graphql.org/andimarek/local-date.html"),
            "DateTime", new Format("A point in time, written as a string: an RFC 3339 date-time with its offset from UTC, "
                    + "such as \"2022-09-30T14:05:00+03:00\" or \"2022-09-30T11:05:00Z\"; a fraction of a second may follow "
                    + "the seconds. An input must carry an offset (a time without one is refused). Answers are in UTC, "
                    + "ending in Z, such as \"2022-09-30T11:05:00Z\".",
                    "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
            // No published scalar specification fits, hence no specifiedBy.
            "BigDecimal", new Format("An exact decimal number. Answers write it as a JSON number in plain decimal notation "
                    + "with the digits stored, such as 60.00 or 12.5 (read it as a decimal, not a binary float, to keep "
                    + "it exact). An input may be a number (60, 12.5) or a string holding one (\"12.5\").", null),
            // SmallRye declares it whether or not a field uses it.
            "BigInteger", new Format("A whole number of any size, beyond Int's 32 bits. Answers write it as a JSON number "
                    + "(such as 9007199254740993; read it as a big integer, not a float, to keep it exact). An input may be a "
                    + "number or a string holding one (\"9007199254740993\").", null));

    /** Always on: SmallRye enables a service without a configuration key. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                Format format = FORMATS.get(scalar.getName());
                return format == null ? TraversalControl.CONTINUE : changeNode(context, described(scalar, format));
            }
        });
        return GraphQLSchema.newSchema(described);
    }

    private static GraphQLScalarType described(GraphQLScalarType scalar, Format format) {
        return scalar.transform(changed -> {
            changed.description(format.description());
            if (format.specifiedBy() != null) {
                // The URL for introspection; the applied directive for the printed SDL, as a schema
                // built from SDL holds both.
                changed.specifiedByUrl(format.specifiedBy());
                changed.withAppliedDirective(GraphQLAppliedDirective.newDirective()
                        .name(Directives.SpecifiedByDirective.getName())
                        .argument(argument -> argument.name("url").type(graphql.Scalars.GraphQLString)
                                .valueProgrammatic(format.specifiedBy())));
            }
        });
    }
}
