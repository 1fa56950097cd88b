package org.frontline.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Read queries drawn from the committed schema (schema.graphql) rather than written by hand: for
 * every root field, a query that selects every field of its type and every relation below it to a
 * depth, then one query per order a list offers and one per filter it takes, each filter alone.
 * A query nobody wrote is read the same way as one somebody did, so this is how tests and
 * benchmarks reach the statements the hand-picked questions never issue.
 * <p>
 * Values come from {@code samples}: given an argument's name and its type's name (ID, Date,
 * String, Int, Float, Boolean), the GraphQL literal to send, or null to leave the argument out.
 * Enums take their first value, except orderBy, which takes each in turn.
 */
public final class SchemaCorpus {

    /** A query of the corpus: what it exercises (root field and variant) and its text. */
    public record Query(String name, String text) {
    }

    private final TypeDefinitionRegistry schema;
    private final Samples samples;
    private final int depth;

    /** Picks the literal for an argument: {@code owner} is the field or input type it belongs to. */
    @FunctionalInterface
    public interface Samples {
        String value(String owner, String argument, String type);
    }

    public SchemaCorpus(Path schemaFile, Samples samples, int depth) throws IOException {
        this.schema = new SchemaParser().parse(Files.readString(schemaFile));
        this.samples = samples;
        this.depth = depth;
    }

    public List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        ObjectTypeDefinition root = object("Query");
        for (FieldDefinition field : root.getFieldDefinitions()) {
            Map<String, String> required = new LinkedHashMap<>();
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                if (argument.getType() instanceof NonNullType) {
                    required.put(argument.getName(), sample(field.getName(), argument));
                }
            }
            if (required.containsValue(null)) {
                continue;
            }
            String type = named(field.getType());
            queries.add(new Query(field.getName(), "{ " + field.getName() + arguments(required) + selection(type, 0) + " }"));
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                if (argument.getType() instanceof NonNullType) {
                    continue;
                }
                String argumentType = named(argument.getType());
                String small = idOnly(type);
                if (argument.getName().equals("orderBy") && schema.getType(argumentType).orElse(null) instanceof EnumTypeDefinition order) {
                    for (EnumValueDefinition value : order.getEnumValueDefinitions()) {
                        queries.add(new Query(field.getName() + " orderBy " + value.getName(),
                                "{ " + field.getName() + arguments(with(required, "orderBy", value.getName())) + small + " }"));
                    }
                } else if (schema.getType(argumentType).orElse(null) instanceof InputObjectTypeDefinition filter) {
                    for (InputValueDefinition filterField : filter.getInputValueDefinitions()) {
                        String value = sample(argumentType, filterField);
                        if (value != null) {
                            queries.add(new Query(field.getName() + " " + argument.getName() + "." + filterField.getName(),
                                    "{ " + field.getName() + arguments(with(required, argument.getName(),
                                            "{" + filterField.getName() + ": " + value + "}")) + withTotal(type, small) + " }"));
                        }
                    }
                } else if (!List.of("first", "last", "after", "before").contains(argument.getName())) {
                    String value = sample(field.getName(), argument);
                    if (value != null) {
                        queries.add(new Query(field.getName() + " " + argument.getName(),
                                "{ " + field.getName() + arguments(with(required, argument.getName(), value)) + small + " }"));
                    }
                }
            }
        }
        return queries;
    }

    private String sample(String owner, InputValueDefinition argument) {
        Type<?> type = argument.getType();
        String name = named(type);
        if (schema.getType(name).orElse(null) instanceof EnumTypeDefinition values) {
            return values.getEnumValueDefinitions().get(0).getName();
        }
        if (schema.getType(name).orElse(null) instanceof InputObjectTypeDefinition input) {
            // An input object is sent whole only where every field it requires has a value.
            Map<String, String> fields = new LinkedHashMap<>();
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                if (field.getType() instanceof NonNullType) {
                    fields.put(field.getName(), sample(name, field));
                }
            }
            if (fields.isEmpty() || fields.containsValue(null)) {
                return samples.value(owner, argument.getName(), name);
            }
            return "{" + String.join(", ", fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + "}";
        }
        return samples.value(owner, argument.getName(), name);
    }

    /** Every field of {@code type} without a required argument, and its relations to the corpus's depth. */
    private String selection(String type, int level) {
        ObjectTypeDefinition object = schema.getType(type).orElse(null) instanceof ObjectTypeDefinition o ? o : null;
        if (object == null) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        for (FieldDefinition field : object.getFieldDefinitions()) {
            if (field.getInputValueDefinitions().stream().anyMatch(a -> a.getType() instanceof NonNullType)) {
                continue;
            }
            String fieldType = named(field.getType());
            if (!(schema.getType(fieldType).orElse(null) instanceof ObjectTypeDefinition)) {
                fields.add(field.getName());
                continue;
            }
            // Connections' wrappers (edges, node, pageInfo) are not relations: they do not count.
            boolean wrapper = type.endsWith("Connection") || type.endsWith("Edge");
            int next = wrapper ? level : level + 1;
            if (next > depth) {
                continue;
            }
            boolean list = unwrapsToList(field.getType());
            boolean pages = field.getInputValueDefinitions().stream().anyMatch(a -> a.getName().equals("first"));
            // Nested lists are cut short: the statements are the same, and the request stays
            // within the cost a client is allowed.
            String args = list && pages ? "(first: 3)" : "";
            String inner = selection(fieldType, next);
            if (!inner.isEmpty()) {
                fields.add(field.getName() + args + inner);
            }
        }
        return fields.isEmpty() ? "" : " { " + String.join(" ", fields) + " }";
    }

    private String idOnly(String type) {
        ObjectTypeDefinition object = object(type);
        if (object == null) {
            return "";
        }
        if (type.endsWith("Connection")) {
            return " { edges { node { id } } pageInfo { hasNextPage endCursor } }";
        }
        boolean hasId = object.getFieldDefinitions().stream().anyMatch(f -> f.getName().equals("id"));
        return hasId ? " { id }" : selection(type, depth);
    }

    private String withTotal(String type, String small) {
        ObjectTypeDefinition object = object(type);
        boolean counts = object != null && object.getFieldDefinitions().stream().anyMatch(f -> f.getName().equals("totalCount"));
        return counts ? small.substring(0, small.length() - 2) + " totalCount }" : small;
    }

    private ObjectTypeDefinition object(String type) {
        return schema.getType(type).orElse(null) instanceof ObjectTypeDefinition object ? object : null;
    }

    private static Map<String, String> with(Map<String, String> arguments, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(arguments);
        all.put(name, value);
        return all;
    }

    private static String arguments(Map<String, String> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        return "(" + String.join(", ", arguments.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")";
    }

    private static boolean unwrapsToList(Type<?> type) {
        return type instanceof ListType || (type instanceof NonNullType nonNull && nonNull.getType() instanceof ListType);
    }

    static String named(Type<?> type) {
        Function<Type<?>, Type<?>> inner = t -> t instanceof NonNullType n ? n.getType() : t instanceof ListType l ? l.getType() : t;
        Type<?> current = type;
        while (!(current instanceof TypeName)) {
            current = inner.apply(current);
        }
        return ((TypeName) current).getName();
    }
}
