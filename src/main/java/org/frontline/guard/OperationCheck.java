package org.frontline.guard;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.frontline.error.ErrorCode;
import org.frontline.paging.PageRequest;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Reads a GraphQL document within the limits and tells, before any SQL runs, whether the operation
 * asked for may run: depth, aliases, fragment spreads, directives, string lengths and cost.
 * <p>
 * Cost is the number of values the answer could hold at most: every field counts once for each
 * time it can appear, so a field under a list counts as many times as the list's page size allows
 * ({@code first}/{@code last}, or the argument's default), and {@code edges} as many times as its
 * connection's page. Counts and aggregates ({@code totalCount}, the strike totals) add the rows they
 * may read, per {@link Limits#rowsPerCostPoint()}. Fragments are costed once each and their cost
 * reused wherever they are spread, so a document whose expansion is exponential is costed in time
 * linear in its length, and refused on its expanded figures.
 */
@ApplicationScoped
public class OperationCheck {

    /**
     * Lists whose size the schema does not bound by a {@code first} argument are costed at the
     * largest page, should one appear; {@code OperationCheckTest} fails while any object list lacks one.
     */
    static final int UNBOUNDED_LIST = PageRequest.MAX_SIZE;

    /** The fields that count or total rows, with the table whose rows they read. */
    private static final Map<String, String> AGGREGATES = Map.of(
            "StrikeConnection.totalCount", "strike",
            "RegionConnection.totalCount", "region",
            "SanctionConnection.totalCount", "sanction",
            "LeaderConnection.totalCount", "leader",
            "SourceConnection.totalCount", "source",
            "Query.strikeTotalsByRegion", "strike",
            "Query.strikeTotalsByPeriod", "strike");

    /** Documents parsed lately, by their text: clients send the same few operations again and again. */
    private static final int PARSED_KEPT = 500;
    private static final int PARSED_KEPT_LENGTH = 16 * 1024;

    private final Limits limits;
    private final GraphQLSchema schema;
    private final TableSizes tables;
    private final ParserOptions parserOptions;
    private final Map<String, Document> parsed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > PARSED_KEPT;
        }
    });

    public OperationCheck(Limits limits, GraphQLSchema schema, TableSizes tables) {
        this.limits = limits;
        this.schema = schema;
        this.tables = tables;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens())
                .maxCharacters(limits.maxBodyBytes())
                .captureIgnoredChars(false)
                .captureLineComments(false));
    }

    /**
     * The document, parsed within the token limit and checked for what depends on it alone
     * (directives, string literals); a Refusal (PARSE_FAILED, TOO_MANY_TOKENS, TOO_MANY_DIRECTIVES,
     * TOO_LONG...) otherwise.
     */
    public Document parse(String query) {
        Document known = parsed.get(query);
        if (known != null) {
            return known;
        }
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        } catch (ParseCancelledTooDeepException e) {
            throw Refusal.of(ErrorCode.TOO_DEEP, "The query nests too deeply to be read.").with("limit", parserOptions.getMaxRuleDepth());
        } catch (ParseCancelledTooManyCharsException e) {
            throw Refusal.limit(ErrorCode.TOO_LARGE, "The query is longer than " + limits.maxBodyBytes() + " characters.",
                    limits.maxBodyBytes(), query.length());
        } catch (graphql.parser.exceptions.ParseCancelledException e) {
            throw Refusal.of(ErrorCode.TOO_MANY_TOKENS, "The query has more than " + limits.maxTokens()
                    + " tokens (names, punctuation and values); ask for less in one request.").with("limit", limits.maxTokens());
        } catch (InvalidSyntaxException e) {
            throw Refusal.of(ErrorCode.PARSE_FAILED, syntaxMessage(e)).at(e.getLocation());
        }
        // What depends on the document alone is checked once, before it is kept for the next request.
        checkDocument(document);
        if (query.length() <= PARSED_KEPT_LENGTH) {
            parsed.put(query, document);
        }
        return document;
    }

    /** graphql-java's own message, which names the token and the place, without its parser's jargon. */
    private static String syntaxMessage(InvalidSyntaxException e) {
        String token = e.getOffendingToken();
        SourceLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLine() + ", column " + at.getColumn();
        return token == null || token.isBlank() ? "The query is not valid GraphQL" + where + "."
                : "The query is not valid GraphQL: unexpected '" + abbreviate(token) + "'" + where + ".";
    }

    /**
     * Checks the operation named {@code operationName} (the only one where null) with its
     * {@code variables} (null where none were sent) against every limit, throwing a Refusal for
     * the first one broken (or where the document holds no such operation). Returns the
     * operation's kind and cost.
     */
    public Checked check(Document document, String operationName, JsonObject variables) {
        if (variables != null) {
            checkStrings(variables, "variables");
        }
        OperationDefinition operation = operation(document, operationName);
        if (operation == null) {
            throw unknownOperation(document, operationName);
        }
        checkIntegers(operation, variables);
        Tally tally = new Walk(document, operation, variables).operation();
        if (tally.depth > limits.maxDepth()) {
            throw Refusal.limit(ErrorCode.TOO_DEEP, "The operation nests fields " + tally.depth + " deep; at most "
                    + limits.maxDepth() + " are allowed.", limits.maxDepth(), tally.depth);
        }
        if (tally.aliases > limits.maxAliases()) {
            throw Refusal.limit(ErrorCode.TOO_MANY_ALIASES, "The operation uses " + figure(tally.aliases) + " aliases; at most "
                    + limits.maxAliases() + " are allowed.", limits.maxAliases(), tally.aliases);
        }
        if (tally.spreads > limits.maxFragmentSpreads()) {
            throw Refusal.limit(ErrorCode.TOO_MANY_FRAGMENTS, "The operation spreads fragments " + figure(tally.spreads)
                    + " times once expanded; at most " + limits.maxFragmentSpreads() + " are allowed.",
                    limits.maxFragmentSpreads(), tally.spreads);
        }
        if (tally.cost > limits.maxCost()) {
            throw Refusal.limit(ErrorCode.TOO_COSTLY, "The answer could hold " + figure(tally.cost) + " values; at most "
                    + limits.maxCost() + " are allowed in one request. Ask for smaller pages (first), fewer nested lists, "
                    + "or fewer fields, and page through the rest.", limits.maxCost(), tally.cost);
        }
        return new Checked(operation, tally.cost);
    }

    /** An operation within the limits, and what it may cost. */
    public record Checked(OperationDefinition operation, long cost) {

        /** QUERY, MUTATION or SUBSCRIPTION. */
        public OperationDefinition.Operation kind() {
            return operation.getOperation();
        }
    }

    /** The cost the operation was measured at, for tests and the README's figures. */
    long cost(Document document, String operationName, JsonObject variables) {
        OperationDefinition operation = operation(document, operationName);
        return operation == null ? 0 : new Walk(document, operation, variables).operation().cost;
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst().orElse(null);
    }

    private static Refusal unknownOperation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        String message = operations.isEmpty() ? "The document holds no operation to run, only fragments."
                : operationName == null || operationName.isEmpty()
                        ? "The document holds " + operations.size() + " operations: name the one to run in operationName."
                        : "The document holds no operation named '" + abbreviate(operationName) + "'.";
        return Refusal.http(400, ErrorCode.BAD_REQUEST, message);
    }

    /**
     * Int variables hold 32-bit whole numbers, as GraphQL's Int is. graphql-java answers a larger one
     * with "System error", and takes a numeric string as a number; both are refused here with what
     * was wrong.
     */
    private static void checkIntegers(OperationDefinition operation, JsonObject variables) {
        if (variables == null) {
            return;
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            graphql.language.Type<?> type = definition.getType();
            if (type instanceof graphql.language.NonNullType nonNull) {
                type = nonNull.getType();
            }
            JsonValue value = variables.get(definition.getName());
            if (!(type instanceof graphql.language.TypeName name) || !"Int".equals(name.getName()) || value == null
                    || value == JsonValue.NULL) {
                continue;
            }
            if (!(value instanceof JsonNumber number) || !fitsInt(number)) {
                throw Refusal.of(ErrorCode.BAD_VARIABLE, notAnInt("$" + definition.getName(), value.toString()))
                        .with("variable", definition.getName()).at(definition.getSourceLocation());
            }
        }
    }

    private static String notAnInt(String what, String value) {
        return what + " is " + Inputs.describe(graphql.Scalars.GraphQLInt) + ", not " + abbreviate(value) + ".";
    }

    private static boolean fitsInt(JsonNumber number) {
        try {
            number.bigDecimalValue().intValueExact();
            return true;
        } catch (ArithmeticException notAnInt) {
            return false;
        }
    }

    /** Directives and string literals anywhere in the document, whether the operation uses them or not. */
    private void checkDocument(Document document) {
        long directives = 0;
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Directive) {
                directives++;
            } else if (node instanceof StringValue string) {
                checkString(string.getValue(), "the query");
            }
            for (Node<?> child : node.getChildren()) {
                pending.push(child);
            }
        }
        if (directives > limits.maxDirectives()) {
            throw Refusal.limit(ErrorCode.TOO_MANY_DIRECTIVES, "The query carries " + directives + " directives; at most "
                    + limits.maxDirectives() + " are allowed.", limits.maxDirectives(), directives);
        }
    }

    private void checkStrings(JsonValue value, String where) {
        Deque<JsonValue> pending = new ArrayDeque<>();
        pending.push(value);
        while (!pending.isEmpty()) {
            JsonValue next = pending.pop();
            if (next instanceof JsonString string) {
                checkString(string.getString(), where);
            } else if (next instanceof JsonObject object) {
                object.forEach((name, member) -> {
                    checkString(name, where);
                    pending.push(member);
                });
            } else if (next instanceof JsonArray array) {
                array.forEach(pending::push);
            }
        }
    }

    private void checkString(String value, String where) {
        if (value.length() > limits.maxStringLength()) {
            throw Refusal.limit(ErrorCode.TOO_LONG, "A string in " + where + " has " + value.length() + " characters; at most "
                    + limits.maxStringLength() + " are allowed.", limits.maxStringLength(), value.length());
        }
        if (value.indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store or compare a NUL character in text; no name or quote holds one.
            throw Refusal.of(ErrorCode.BAD_ARGUMENT, "A string in " + where + " contains a NUL character (\\u0000), which no text in the record can hold.");
        }
    }

    /** What a selection costs once: values, deepest nesting, and aliases and spreads once expanded. */
    private record Tally(long cost, int depth, long aliases, long spreads) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(add(cost, other.cost), Math.max(depth, other.depth), add(aliases, other.aliases),
                    add(spreads, other.spreads));
        }
    }

    /** One operation's walk; fragments are tallied once per connection page size they are spread under. */
    private final class Walk {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Tally> fragmentTallies = new HashMap<>();
        private final Set<String> spreading = new HashSet<>();
        private final OperationDefinition operation;
        private final JsonObject variables;

        Walk(Document document, OperationDefinition operation, JsonObject variables) {
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
            this.operation = operation;
            this.variables = variables;
        }

        Tally operation() {
            GraphQLObjectType root = switch (operation.getOperation()) {
                case QUERY -> schema.getQueryType();
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
            };
            return selections(operation.getSelectionSet(), root, 0, false);
        }

        /**
         * {@code page} is the page size of the connection whose selection this is (0 elsewhere), so
         * that its {@code edges} count as many times as the page has rows; {@code introspection} is
         * set under {@code __schema} and {@code __type}, whose answer is the schema's, not the record's.
         */
        private Tally selections(SelectionSet set, GraphQLType type, long page, boolean introspection) {
            Tally total = Tally.NONE;
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    total = total.plus(field(field, type, page, introspection));
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLType on = inline.getTypeCondition() == null ? type : schema.getType(inline.getTypeCondition().getName());
                    total = total.plus(selections(inline.getSelectionSet(), on, page, introspection));
                } else if (selection instanceof FragmentSpread spread) {
                    total = total.plus(spread(spread.getName(), page, introspection));
                }
            }
            return total;
        }

        private Tally spread(String name, long page, boolean introspection) {
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null) {
                return new Tally(0, 0, 0, 1);
            }
            String key = name + '/' + page + '/' + introspection;
            Tally known = fragmentTallies.get(key);
            if (known == null) {
                if (!spreading.add(name)) {
                    throw Refusal.of(ErrorCode.TOO_MANY_FRAGMENTS, "Fragment '" + abbreviate(name)
                            + "' spreads itself (directly or through other fragments), which would never end.");
                }
                known = selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), page,
                        introspection);
                spreading.remove(name);
                fragmentTallies.put(key, known);
            }
            return new Tally(known.cost, known.depth, known.aliases, add(known.spreads, 1));
        }

        private Tally field(Field field, GraphQLType parent, long page, boolean introspection) {
            long alias = field.getAlias() == null ? 0 : 1;
            String name = field.getName();
            if (introspection || name.startsWith("__")) {
                // The schema's own description is bounded by the schema, and graphql-java refuses the
                // introspection shapes that multiply (a type's fields asked twice); it counts flat.
                Tally inside = selections(field.getSelectionSet(), null, 0, true);
                return new Tally(add(1, inside.cost), 0, add(alias, inside.aliases), inside.spreads);
            }
            GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
            if (definition == null) {
                // Not in the schema: graphql-java refuses it; its selections are counted flat meanwhile.
                Tally inside = selections(field.getSelectionSet(), null, 0, false);
                return new Tally(add(1, inside.cost), 1 + inside.depth, add(alias, inside.aliases), inside.spreads);
            }
            for (Argument argument : field.getArguments()) {
                GraphQLArgument declared = definition.getArgument(argument.getName());
                if (declared != null && argument.getValue() instanceof IntValue literal && "Int".equals(GraphQLTypeUtil.simplePrint(
                        GraphQLTypeUtil.unwrapNonNull(declared.getType()))) && literal.getValue().bitLength() > 31) {
                    throw Refusal.of(ErrorCode.BAD_ARGUMENT, notAnInt(argument.getName(), literal.getValue().toString()))
                            .with("argument", argument.getName()).at(argument.getSourceLocation());
                }
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            GraphQLType element = GraphQLTypeUtil.unwrapAll(type);
            long times = 1;
            if (type instanceof GraphQLList && !GraphQLTypeUtil.isLeaf(element)) {
                times = name.equals("edges") && page > 0 ? page : size(field, definition, UNBOUNDED_LIST);
            }
            long childPage = isConnection(element) ? size(field, definition, PageRequest.DEFAULT_SIZE) : 0;
            Tally inside = selections(field.getSelectionSet(), element, childPage, false);
            long cost = add(add(1, multiply(times, inside.cost)), aggregate(parent, name));
            return new Tally(cost, 1 + inside.depth, add(alias, inside.aliases), inside.spreads);
        }

        /** The rows a list field returns at most: its first (or last) as given, else that argument's default. */
        private long size(Field field, GraphQLFieldDefinition definition, long otherwise) {
            for (String paging : List.of("first", "last")) {
                GraphQLArgument declared = definition.getArgument(paging);
                if (declared == null) {
                    continue;
                }
                Long given = argument(field, paging);
                if (given != null) {
                    return given;
                }
                if ("first".equals(paging) && declared.hasSetDefaultValue()) {
                    Long byDefault = number(declared.getArgumentDefaultValue().getValue());
                    if (byDefault != null) {
                        otherwise = byDefault;
                    }
                }
            }
            return otherwise;
        }

        /** An integer argument's value, from the query or its variables; null where it is not given. */
        private Long argument(Field field, String name) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name)) {
                    return value(argument.getValue());
                }
            }
            return null;
        }

        private Long value(Value<?> value) {
            if (value instanceof VariableReference reference) {
                JsonValue given = variables == null ? null : variables.get(reference.getName());
                if (given instanceof JsonNumber number) {
                    return clamp(number.bigDecimalValue().toBigInteger());
                }
                if (given != null) {
                    return null;
                }
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    if (definition.getName().equals(reference.getName())) {
                        return definition.getDefaultValue() == null ? null : value(definition.getDefaultValue());
                    }
                }
                return null;
            }
            return number(value);
        }
    }

    private static Long number(Object value) {
        if (value instanceof IntValue literal) {
            return clamp(literal.getValue());
        }
        if (value instanceof Number number) {
            return Math.max(0, number.longValue());
        }
        return null;
    }

    private static long clamp(BigInteger value) {
        return value.signum() < 0 ? 0 : value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
    }

    private static boolean isConnection(GraphQLType type) {
        return type instanceof GraphQLObjectType object && object.getFieldDefinition("edges") != null
                && object.getFieldDefinition("pageInfo") != null;
    }

    /**
     * What a count or an aggregate may read, in cost points: the rows of the table it counts (the
     * whole table: a filter may narrow it, or may not), refreshed from PostgreSQL's statistics.
     */
    private long aggregate(GraphQLType parent, String field) {
        String table = parent instanceof GraphQLObjectType object ? AGGREGATES.get(object.getName() + "." + field) : null;
        return table == null ? 0 : tables.rows(table) / limits.rowsPerCostPoint();
    }

    private static String figure(long value) {
        return value == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(value);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

}
