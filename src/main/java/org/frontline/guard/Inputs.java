package org.frontline.guard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Whether a value given for an argument, an input field or a variable fits its GraphQL type, and if
 * not, what is wrong, said in GraphQL's terms: the path to the value, what was given and what the
 * type takes (a Date is a real calendar date written YYYY-MM-DD).
 * <p>
 * graphql-java checks literals of its own scalars, in messages that name its parser's classes, and
 * leaves SmallRye's scalars (Date, DateTime, BigDecimal) to be parsed while the operation runs, where
 * a bad date became an error naming a Java exception and the input's Java class. Every value is
 * checked here instead, before anything runs, one rule for literals and variables alike.
 */
final class Inputs {

    /** What each scalar takes, as told to a client whose value it is not. */
    private static final Map<String, String> SCALARS = Map.of(
            "Int", "an Int (a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")",
            "Float", "a Float (a number)",
            "String", "a String",
            "Boolean", "a Boolean (true or false)",
            "ID", "an ID (a string such as \"15\")",
            "Date", "a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30)",
            "DateTime", "a DateTime (a date and time with its offset from UTC, such as 2022-09-30T14:05:00+03:00)",
            "BigDecimal", "a BigDecimal (a decimal number such as 60 or 12.5)");

    private Inputs() {
    }

    /**
     * What is wrong with a literal given at {@code path} for {@code type}, or null where it fits.
     * {@code defaulted} is whether the argument or field has a default, which an explicit null would
     * override with a value the resolver cannot use; {@code variables} are the request's (null where
     * a variable's value is not to be looked at), for a variable given null in such a place.
     */
    static String literal(Value<?> value, GraphQLInputType type, String path, boolean defaulted, JsonObject variables) {
        if (value instanceof VariableReference reference) {
            boolean givenNull = variables != null && variables.get(reference.getName()) == JsonValue.NULL;
            return givenNull && defaulted ? nullOverDefault(path, "$" + reference.getName() + " is null") : null;
        }
        if (value == null || value instanceof NullValue) {
            if (type instanceof GraphQLNonNull) {
                return path + " is required, and null was given.";
            }
            return defaulted ? nullOverDefault(path, "null was given") : null;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                List<Value> values = array.getValues();
                for (int i = 0; i < values.size(); i++) {
                    String problem = literal(values.get(i), element, path + "[" + i + "]", false, variables);
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            // GraphQL reads a single value where a list is expected as a list of that one value.
            return literal(value, element, path, false, variables);
        }
        if (bare instanceof GraphQLInputObjectType object) {
            if (!(value instanceof ObjectValue given)) {
                return notA(path, AstPrinter.printAst(value), object);
            }
            Map<String, ObjectField> fields = given.getObjectFields().stream()
                    .collect(Collectors.toMap(ObjectField::getName, field -> field, (first, again) -> first));
            for (ObjectField field : given.getObjectFields()) {
                GraphQLInputObjectField declared = object.getField(field.getName());
                if (declared == null) {
                    return unknownField(path, field.getName(), object);
                }
                String problem = literal(field.getValue(), declared.getType(), path + "." + field.getName(),
                        declared.hasSetDefaultValue(), variables);
                if (problem != null) {
                    return problem;
                }
            }
            return missingField(path, object, fields::containsKey);
        }
        if (bare instanceof GraphQLEnumType enumType) {
            String name = value instanceof EnumValue symbol ? symbol.getName() : null;
            return name != null && enumType.getValue(name) != null ? null : notA(path, AstPrinter.printAst(value), enumType);
        }
        Object raw = value instanceof IntValue number ? number.getValue()
                : value instanceof FloatValue number ? number.getValue()
                : value instanceof StringValue string ? string.getValue()
                : value instanceof BooleanValue truth ? (Object) truth.isValue()
                : null;
        return fits((GraphQLScalarType) bare, raw) ? null : notA(path, AstPrinter.printAst(value), bare);
    }

    /** What is wrong with a variable's JSON value at {@code path} for {@code type}, or null where it fits. */
    static String json(JsonValue value, GraphQLInputType type, String path) {
        if (value == null || value == JsonValue.NULL) {
            return type instanceof GraphQLNonNull ? path + " is required, and null was given." : null;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    String problem = json(array.get(i), element, path + "[" + i + "]");
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            return json(value, element, path);
        }
        if (bare instanceof GraphQLInputObjectType object) {
            if (!(value instanceof JsonObject given)) {
                return notA(path, shown(value), object);
            }
            for (Map.Entry<String, JsonValue> field : given.entrySet()) {
                GraphQLInputObjectField declared = object.getField(field.getKey());
                if (declared == null) {
                    return unknownField(path, field.getKey(), object);
                }
                String problem = json(field.getValue(), declared.getType(), path + "." + field.getKey());
                if (problem != null) {
                    return problem;
                }
            }
            return missingField(path, object, given::containsKey);
        }
        if (bare instanceof GraphQLEnumType enumType) {
            boolean known = value instanceof JsonString symbol && enumType.getValue(symbol.getString()) != null;
            return known ? null : notA(path, shown(value), enumType);
        }
        Object raw = value instanceof JsonNumber number ? number.bigDecimalValue()
                : value instanceof JsonString string ? string.getString()
                : value == JsonValue.TRUE ? Boolean.TRUE
                : value == JsonValue.FALSE ? Boolean.FALSE
                : null;
        return fits((GraphQLScalarType) bare, raw) ? null : notA(path, shown(value), bare);
    }

    /**
     * Whether a scalar takes the value: a BigInteger or BigDecimal (a number), a String or a Boolean,
     * null for anything else (a list or object where a scalar is expected).
     */
    private static boolean fits(GraphQLScalarType scalar, Object raw) {
        return switch (scalar.getName()) {
            case "Int" -> integral(raw) && whole(raw).bitLength() <= 31;
            case "Float" -> raw instanceof BigInteger || raw instanceof BigDecimal;
            case "String" -> raw instanceof String;
            case "Boolean" -> raw instanceof Boolean;
            case "ID" -> raw instanceof String || integral(raw);
            case "Date" -> raw instanceof String text && parses(() -> LocalDate.parse(text));
            case "DateTime" -> raw instanceof String text && parses(() -> OffsetDateTime.parse(text));
            case "BigDecimal" -> raw instanceof BigInteger || raw instanceof BigDecimal
                    || raw instanceof String text && parses(() -> new BigDecimal(text.trim()));
            // A scalar this class does not know is left to its own parsing.
            default -> true;
        };
    }

    private static boolean integral(Object raw) {
        return raw instanceof BigInteger || raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
    }

    private static BigInteger whole(Object raw) {
        return raw instanceof BigInteger integer ? integer : ((BigDecimal) raw).toBigInteger();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | NumberFormatException notOfTheType) {
            return false;
        }
    }

    /** What a type takes, in words: its scalar description, its enum values, or its name. */
    static String describe(GraphQLType type) {
        if (type instanceof GraphQLScalarType scalar) {
            return SCALARS.getOrDefault(scalar.getName(), "a " + scalar.getName());
        }
        if (type instanceof GraphQLEnumType enumType) {
            return "one of " + enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                    .collect(Collectors.joining(", "));
        }
        if (type instanceof GraphQLInputObjectType object) {
            return "a " + object.getName() + " object with the fields " + fieldNames(object);
        }
        return GraphQLTypeUtil.simplePrint(type);
    }

    private static String notA(String path, String given, GraphQLType type) {
        return path + " is " + describe(type) + ", not " + abbreviate(given) + ".";
    }

    private static String unknownField(String path, String field, GraphQLInputObjectType object) {
        return path + " has no field '" + abbreviate(field) + "': a " + object.getName() + " has " + fieldNames(object) + ".";
    }

    private static String missingField(String path, GraphQLInputObjectType object, java.util.function.Predicate<String> given) {
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
            if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue() && !given.test(field.getName())) {
                return path + "." + field.getName() + " is required (" + GraphQLTypeUtil.simplePrint(field.getType())
                        + "), and was not given.";
            }
        }
        return null;
    }

    private static String nullOverDefault(String path, String what) {
        return path + " has a default, and " + what + ": leave it out to use the default.";
    }

    private static String fieldNames(GraphQLInputObjectType object) {
        return object.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).collect(Collectors.joining(", "));
    }

    private static String shown(JsonValue value) {
        return value instanceof JsonString string ? '"' + string.getString() + '"' : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
