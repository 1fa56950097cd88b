package org.frontline.guard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.frontline.error.ErrorCode;

import graphql.ParseAndValidate;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * The operation against the schema, before it runs: graphql-java's validation (fields, arguments,
 * fragments, variables' use), then every argument's value and every variable's value against its
 * type ({@link Inputs}). What fails is refused with all that is wrong at once: INVALID_OPERATION
 * for what does not fit the schema, BAD_ARGUMENT for a value written in the query, BAD_VARIABLE for
 * a value sent in {@code variables}; each with its location, and a 400 for clients answered in
 * application/graphql-response+json, as the GraphQL-over-HTTP draft asks for a request not run.
 * <p>
 * SmallRye validates again when it runs the operation; by then nothing is left for it to refuse, so
 * no client sees its messages, which name graphql-java's parser classes and Java types.
 */
@ApplicationScoped
public class Validation {

    private static final Pattern RULE_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    /** Documents whose checks are known, by identity: {@link OperationCheck} keeps each parsed text once. */
    private static final int KEPT = 500;

    private final GraphQLSchema schema;
    private final Map<Document, List<Refusal>> known = Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Document, List<Refusal>> eldest) {
            return size() > KEPT;
        }
    });

    public Validation(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** Throws a Refusal telling every fault of the document, its operation's arguments or its variables. */
    public void check(Document document, OperationDefinition operation, JsonObject variables) {
        List<Refusal> faults = known.computeIfAbsent(document, this::documentFaults);
        if (faults.isEmpty()) {
            faults = variableFaults(operation, variables);
            if (faults.isEmpty() && variables != null && variables.containsValue(JsonValue.NULL)) {
                // A variable sent as null where an argument has a default: the walk over the values, with them.
                faults = argumentFaults(document, operation, variables);
            }
        }
        if (!faults.isEmpty()) {
            throw Refusal.all(faults);
        }
    }

    /** What the document alone gets wrong: graphql-java's rules, and the values written in it. */
    private List<Refusal> documentFaults(Document document) {
        List<Refusal> faults = new ArrayList<>();
        List<ValidationError> errors = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
        boolean wrongType = false;
        for (ValidationError error : errors) {
            if (error.getValidationErrorType() == ValidationErrorType.WrongType) {
                // Told below, in GraphQL's words, by the walk over the values.
                wrongType = true;
                continue;
            }
            Refusal fault = Refusal.of(ErrorCode.INVALID_OPERATION, RULE_PREFIX.matcher(error.getMessage()).replaceFirst(""));
            if (error.getLocations() != null && !error.getLocations().isEmpty()) {
                fault.at(error.getLocations().get(0));
            }
            faults.add(fault);
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            faults.addAll(argumentFaults(document, operation, null));
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                GraphQLInputType type = inputType(variable.getType());
                String problem = variable.getDefaultValue() == null || type == null ? null
                        : Inputs.literal(variable.getDefaultValue(), type, "$" + variable.getName(), false, null);
                if (problem != null) {
                    faults.add(Refusal.of(ErrorCode.BAD_ARGUMENT, "The default of " + problem).at(variable.getSourceLocation()));
                }
            }
        }
        if (wrongType && faults.isEmpty()) {
            // graphql-java found a value of the wrong type that the walk did not: say where, at least.
            for (ValidationError error : errors) {
                faults.add(Refusal.of(ErrorCode.BAD_ARGUMENT, "A value here is not of the type its argument takes.")
                        .at(error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations().get(0)));
            }
        }
        return List.copyOf(faults);
    }

    /** Each argument's literal value in the operation (its fragments included) against its type. */
    private List<Refusal> argumentFaults(Document document, OperationDefinition operation, JsonObject variables) {
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
        GraphQLType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        List<Refusal> faults = new ArrayList<>();
        selections(operation.getSelectionSet(), root, fragments, new HashSet<>(), variables, faults);
        return faults;
    }

    private void selections(SelectionSet set, GraphQLType parent, Map<String, FragmentDefinition> fragments, Set<String> walked,
            JsonObject variables, List<Refusal> faults) {
        if (set == null || parent == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                        ? container.getFieldDefinition(field.getName()) : null;
                if (definition == null) {
                    continue;
                }
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument declared = definition.getArgument(argument.getName());
                    String problem = declared == null ? null : Inputs.literal(argument.getValue(), declared.getType(),
                            argument.getName(), declared.hasSetDefaultValue(), variables);
                    if (problem != null) {
                        faults.add(Refusal.of(ErrorCode.BAD_ARGUMENT, field.getName() + ": " + problem)
                                .with("argument", argument.getName()).at(argument.getSourceLocation()));
                    }
                }
                selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), fragments, walked, variables, faults);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName());
                selections(inline.getSelectionSet(), on, fragments, walked, variables, faults);
            } else if (selection instanceof FragmentSpread spread && walked.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), fragments, walked,
                            variables, faults);
                }
            }
        }
    }

    /** Each declared variable's value as sent (or its absence) against the variable's type. */
    private List<Refusal> variableFaults(OperationDefinition operation, JsonObject variables) {
        List<Refusal> faults = new ArrayList<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            GraphQLInputType type = inputType(definition.getType());
            if (type == null) {
                continue;
            }
            String name = "$" + definition.getName();
            JsonValue value = variables == null ? null : variables.get(definition.getName());
            String problem;
            if (value == null) {
                problem = type instanceof GraphQLNonNull && definition.getDefaultValue() == null
                        ? name + " is required (" + GraphQLTypeUtil.simplePrint(type) + "), and was not sent in variables."
                        : null;
            } else {
                problem = Inputs.json(value, type, name);
            }
            if (problem != null) {
                faults.add(Refusal.of(ErrorCode.BAD_VARIABLE, problem).with("variable", definition.getName())
                        .at(definition.getSourceLocation()));
            }
        }
        return faults;
    }

    /** The schema's input type a variable declares, or null where it names no input type (validation says so). */
    private GraphQLInputType inputType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            GraphQLInputType inner = inputType(nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (type instanceof ListType list) {
            GraphQLInputType inner = inputType(list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return schema.getType(((TypeName) type).getName()) instanceof GraphQLInputType input ? input : null;
    }
}
