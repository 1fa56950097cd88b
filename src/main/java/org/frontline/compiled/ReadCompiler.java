package org.frontline.compiled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.frontline.error.ApiError;
import org.frontline.error.Ids;
import org.frontline.paging.PageRequest;
import org.frontline.source.FactKind;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;

/**
 * Compiles a read operation into one SQL statement per root field whose result is that field's
 * answer as JSON text, written the way SmallRye writes it (compact, fields in the order asked, ids
 * as strings, dates as YYYY-MM-DD), so that the text can go to the client as it comes.
 * <p>
 * It knows a few shapes exactly and refuses everything else, so that SmallRye answers it: a
 * smaller compiler that is exactly right beats a big one that is almost right. Known: the roots
 * {@code strike(id)}, {@code region(id)} and {@code regions(filter: {parent}, first)} (edges, nodes,
 * hasNextPage, totalCount); below them strikes, regions, actors, casualty reports, attributions,
 * citations and sources with their plain fields, and a region's parent, children, latest strikes
 * and strike totals. Refused: mutations and subscriptions, introspection, any other field or
 * argument, date-times and decimals, cursors, a response key selected twice, directives other
 * than include and skip, variables with defaults, and any argument SmallRye would refuse with an
 * error (a bad id, a page size out of range), whose error SmallRye's path then tells.
 * <p>
 * A statement is valid for every request with the same document, operation and {@link #shape}
 * of variables: page sizes and conditions are written into the SQL (PostgreSQL plans
 * {@code LIMIT $n} inside a LATERAL generically after five executions, and slowly), ids are bound.
 */
final class ReadCompiler {

    /** Why an operation is left to SmallRye; never told to a client. */
    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private final Document document;
    private final JsonObject variables;
    private final Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
    private int aliases;
    private List<Plan.IdParameter> ids;

    private ReadCompiler(Document document, JsonObject variables) {
        this.document = document;
        this.variables = variables;
    }

    /** The plan of the operation, or a {@link Refused} saying what it does not know. */
    static Plan compile(Document document, OperationDefinition operation, JsonObject variables) {
        return new ReadCompiler(document, variables).operation(operation);
    }

    /**
     * What a plan depends on in the variables besides the document: every value but strings (page
     * sizes and include/skip conditions are written into the SQL), and for strings only whether
     * one is given (ids are bound, so one plan serves every id).
     */
    static String shape(JsonObject variables) {
        if (variables == null || variables.isEmpty()) {
            return "";
        }
        StringBuilder shape = new StringBuilder();
        variables.forEach((name, value) -> shape.append(name).append('=')
                .append(value.getValueType() == JsonValue.ValueType.STRING ? "\"\"" : value.toString()).append(','));
        return shape.toString();
    }

    private Plan operation(OperationDefinition operation) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Refused("not a query");
        }
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (variable.getDefaultValue() != null || !variable.getDirectives().isEmpty()) {
                throw new Refused("a variable with a default or a directive");
            }
        }
        if (!operation.getDirectives().isEmpty()) {
            throw new Refused("a directive on the operation");
        }
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
        List<Plan.Root> roots = new ArrayList<>();
        for (Map.Entry<String, Field> entry : fields(operation.getSelectionSet(), "Query").entrySet()) {
            Field field = entry.getValue();
            ids = new ArrayList<>();
            String json = switch (field.getName()) {
                case "__typename" -> null;
                case "strike" -> byId(field, "strike", "Strike");
                case "region" -> byId(field, "region", "Region");
                case "regions" -> regions(field);
                default -> throw new Refused("the root field " + field.getName());
            };
            roots.add(json == null ? new Plan.Root(entry.getKey(), "\"Query\"", null, List.of())
                    : new Plan.Root(entry.getKey(), null, "select " + json, List.copyOf(ids)));
        }
        return new Plan(roots);
    }

    // The roots.

    private String byId(Field field, String table, String type) {
        onlyArguments(field, "id");
        String id = id(field, "id");
        String alias = alias();
        return "coalesce((select " + object(type, alias, field.getSelectionSet()) + " from " + table + " " + alias + " where " + alias
                + ".id = " + id + "), 'null')";
    }

    /** regions(filter: {parent}, first): forwards from the start, in name order, as Region.page reads it. */
    private String regions(Field field) {
        onlyArguments(field, "filter", "first", "after", "last", "before");
        for (String backwardsOrCursor : List.of("after", "last", "before")) {
            if (!isNull(argument(field, backwardsOrCursor))) {
                throw new Refused("regions read from a cursor or backwards");
            }
        }
        Integer asked = integer(argument(field, "first"));
        int first = asked == null ? PageRequest.DEFAULT_SIZE : pageSize(asked);
        String where = "r.retired_at is null";
        Value<?> filter = resolved(argument(field, "filter"));
        if (filter instanceof ObjectValue object) {
            for (ObjectField condition : object.getObjectFields()) {
                if (!condition.getName().equals("parent")) {
                    throw new Refused("the region filter " + condition.getName());
                }
                if (!isNull(condition.getValue())) {
                    where += " and r.parent_id = " + id(condition.getValue());
                }
            }
        } else if (filter != null) {
            throw new Refused("a region filter given as a variable");
        }
        String matching = "from region r where " + where;
        StringBuilder json = new StringBuilder("'{");
        String separator = "";
        for (Map.Entry<String, Field> entry : fields(field.getSelectionSet(), "RegionConnection").entrySet()) {
            Field part = entry.getValue();
            String value = switch (part.getName()) {
                case "__typename" -> "'\"RegionConnection\"'";
                case "totalCount" -> "(select count(*)::int " + matching + ")::text";
                case "pageInfo" -> pageInfo(part, "(select count(*) from (select 1 " + matching + " order by r.name, r.id limit "
                        + (first + 1) + ") page) > " + first);
                case "edges" -> "'[' || coalesce((select string_agg(x.j, ',' order by x.k0, x.k1) from (select "
                        + regionEdge(part, "r") + " as j, r.name as k0, r.id as k1 " + matching + " order by r.name, r.id limit " + first
                        + ") x), '') || ']'";
                default -> throw new Refused("RegionConnection." + part.getName());
            };
            json.append(separator).append('"').append(entry.getKey()).append("\":' || ").append(value).append(" || '");
            separator = ",";
        }
        return json.append("}'").toString();
    }

    /** The page's info without cursors: a first page never has items before it. */
    private String pageInfo(Field field, String hasNextPage) {
        return object(field.getSelectionSet(), "PageInfo", part -> switch (part.getName()) {
            case "hasNextPage" -> "(" + hasNextPage + ")::text";
            case "hasPreviousPage" -> "'false'";
            default -> throw new Refused("PageInfo." + part.getName());
        });
    }

    private String regionEdge(Field field, String alias) {
        return object(field.getSelectionSet(), "RegionEdge", part -> switch (part.getName()) {
            case "node" -> object("Region", alias, part.getSelectionSet());
            default -> throw new Refused("RegionEdge." + part.getName());
        });
    }

    // The types: each field's JSON as an SQL expression over the row aliased `a`.

    private String object(String type, String a, SelectionSet set) {
        return switch (type) {
            case "Strike" -> object(set, type, field -> strike(field, a));
            case "Region" -> object(set, type, field -> region(field, a));
            case "Actor" -> object(set, type, field -> plain(field, a, Map.of("id", ID, "name", TEXT, "kind", TEXT)));
            case "Source" -> object(set, type, field -> plain(field, a, Map.of("id", ID, "title", TEXT, "publisher", TEXT,
                    "publishedOn", TEXT, "url", TEXT, "kind", TEXT, "description", TEXT)));
            case "CasualtyReport" -> object(set, type, field -> casualtyReport(field, a));
            case "Attribution" -> object(set, type, field -> attribution(field, a));
            case "Citation" -> object(set, type, field -> citation(field, a));
            default -> throw new Refused("the type " + type);
        };
    }

    private String strike(Field field, String a) {
        return switch (field.getName()) {
            case "id" -> id(a + ".id");
            case "occurredOn", "weaponKind", "weapon", "target", "description", "killed", "killedQualifier", "injured",
                    "injuredQualifier", "version", "retiredReason" -> json(a + "." + column(field.getName()));
            case "latitude", "longitude" -> floating(a + "." + field.getName());
            case "weaponSupplier" -> one(field, "Actor", "actor", a + ".weapon_supplier_id");
            case "region" -> one(field, "Region", "region", a + ".region_id");
            case "casualtyReports" -> list(field, PageRequest.DEFAULT_SIZE, "CasualtyReport", "casualty_report", a + ".id = %s.strike_id", "id");
            case "attributions" -> list(field, PageRequest.DEFAULT_SIZE, "Attribution", "attribution", a + ".id = %s.strike_id", "id");
            case "sources" -> sources(field, FactKind.STRIKE, a);
            default -> throw new Refused("Strike." + field.getName());
        };
    }

    private String region(Field field, String a) {
        return switch (field.getName()) {
            case "id" -> id(a + ".id");
            case "name", "kind", "version", "retiredReason" -> json(a + "." + column(field.getName()));
            case "latitude", "longitude" -> floating(a + "." + field.getName());
            case "names" -> noArguments(field, "array_to_json(array(select n.name from region_name n where n.region_id = " + a
                    + ".id order by n.name))::text");
            case "parent" -> one(field, "Region", "region", a + ".parent_id");
            case "children" -> list(field, 100, "Region", "region", a + ".id = %s.parent_id and %<s.retired_at is null", "name", "id");
            case "strikes" -> latestStrikes(field, a);
            case "strikeTotals" -> strikeTotals(field, a);
            case "sources" -> sources(field, FactKind.REGION, a);
            default -> throw new Refused("Region." + field.getName());
        };
    }

    private String casualtyReport(Field field, String a) {
        return switch (field.getName()) {
            case "id" -> id(a + ".id");
            case "killed", "killedQualifier", "injured", "injuredQualifier", "reportedOn" -> json(a + "." + column(field.getName()));
            // CasualtyReport.from: the leader's name where a leader gave the figures, else the body's.
            case "reportedBy" -> json(claimant(a + ".reported_by_leader_id", a + ".reported_by_actor_id"));
            case "reportedByActor" -> one(field, "Actor", "actor", a + ".reported_by_actor_id");
            case "sources" -> sources(field, FactKind.CASUALTY_REPORT, a);
            default -> throw new Refused("CasualtyReport." + field.getName());
        };
    }

    private String attribution(Field field, String a) {
        return switch (field.getName()) {
            case "id" -> id(a + ".id");
            case "status", "evidenceGiven" -> json(a + "." + column(field.getName()));
            case "claimedBy" -> json(claimant(a + ".claimed_by_leader_id", a + ".claimed_by_actor_id"));
            case "attributedTo" -> one(field, "Actor", "actor", a + ".actor_id");
            case "claimedByActor" -> one(field, "Actor", "actor", a + ".claimed_by_actor_id");
            case "sources" -> sources(field, FactKind.ATTRIBUTION, a);
            default -> throw new Refused("Attribution." + field.getName());
        };
    }

    /** A citation without the subject of its fact, as Citation reads it where no field asks for one. */
    private String citation(Field field, String a) {
        return switch (field.getName()) {
            case "id" -> id(a + ".id");
            case "quote", "speaker" -> json(a + "." + field.getName());
            case "about" -> json("citation_fact_kind(" + a + ")");
            case "factId" -> id("citation_fact_id(" + a + ")");
            case "source" -> one(field, "Source", "source", a + ".source_id");
            default -> throw new Refused("Citation." + field.getName());
        };
    }

    /** A fact's citations in the order recorded, as Citation.forFacts reads them. */
    private String sources(Field field, FactKind kind, String a) {
        // The column name comes from the enum, never from the request.
        return list(field, PageRequest.DEFAULT_SIZE, "Citation", "citation", a + ".id = %s." + kind.column(), "id");
    }

    /** A region's latest strikes, its sub-regions' included, read place by place as Strike.latestIn reads them. */
    private String latestStrikes(Field field, String a) {
        onlyArguments(field, "first");
        int first = nestedFirst(field, 10);
        String s = alias();
        return "'[' || coalesce((select string_agg(x.j, ',' order by x.k0 desc, x.k1 desc) from (select " + object("Strike", s, field.getSelectionSet())
                + " as j, " + s + ".occurred_on as k0, " + s + ".id as k1 from region_and_descendants(" + a + ".id) as place(id)"
                + " cross join lateral (select * from strike w where w.region_id = place.id and w.retired_at is null"
                + " order by w.occurred_on desc, w.id desc limit " + first + ") " + s + " order by " + s + ".occurred_on desc, " + s
                + ".id desc limit " + first + ") x), '') || ']'";
    }

    /** A region's strike totals over all time: the kept monthly totals, summed as StrikeTotals.ofRegions sums them. */
    private String strikeTotals(Field field, String a) {
        onlyArguments(field);
        String t = alias();
        String totals = object(field.getSelectionSet(), "StrikeTotals", part -> switch (part.getName()) {
            case "strikes", "killed", "injured" -> t + "." + part.getName() + "::text";
            case "strikesWithoutKilledFigure" -> t + ".without_killed::text";
            case "strikesWithoutInjuredFigure" -> t + ".without_injured::text";
            case "killedQualifier", "injuredQualifier" -> json(t + "." + column(part.getName()));
            default -> throw new Refused("StrikeTotals." + part.getName());
        });
        return "(select " + totals + " from (select coalesce(sum(m.strikes), 0)::int as strikes, coalesce(sum(m.killed), 0)::int as killed,"
                + " " + summedQualifier("killed") + " as killed_qualifier, coalesce(sum(m.without_killed), 0)::int as without_killed,"
                + " coalesce(sum(m.injured), 0)::int as injured, " + summedQualifier("injured") + " as injured_qualifier,"
                + " coalesce(sum(m.without_injured), 0)::int as without_injured from strike_month_totals m where m.region_id = " + a
                + ".id) " + t + ")";
    }

    private static String summedQualifier(String figure) {
        return "case when sum(m." + figure + "_at_least) > 0 then 'AT_LEAST' when sum(m." + figure + "_about) > 0 then 'ABOUT' else 'EXACT' end";
    }

    // Building blocks.

    private static final String ID = "id";
    private static final String TEXT = "text";

    private String plain(Field field, String a, Map<String, String> known) {
        String kind = known.get(field.getName());
        if (kind == null) {
            throw new Refused(field.getName());
        }
        String column = a + "." + column(field.getName());
        return kind.equals(ID) ? id(column) : json(column);
    }

    /** One related row's object, or null where there is none. */
    private String one(Field field, String type, String table, String key) {
        onlyArguments(field);
        String b = alias();
        return "coalesce((select " + object(type, b, field.getSelectionSet()) + " from " + table + " " + b + " where " + b + ".id = " + key
                + "), 'null')";
    }

    /**
     * A nested list: at most {@code first} rows of {@code table} meeting {@code condition} (its %s the
     * rows' alias), in {@code order}, each written as an object of {@code type}; empty, never null.
     */
    private String list(Field field, int defaultFirst, String type, String table, String condition, String... order) {
        onlyArguments(field, "first");
        int first = nestedFirst(field, defaultFirst);
        String b = alias();
        StringBuilder keys = new StringBuilder();
        StringBuilder aggregateOrder = new StringBuilder();
        StringBuilder rowOrder = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            keys.append(", ").append(b).append('.').append(order[i]).append(" as k").append(i);
            aggregateOrder.append(i == 0 ? "" : ", ").append("x.k").append(i);
            rowOrder.append(i == 0 ? "" : ", ").append(b).append('.').append(order[i]);
        }
        return "'[' || coalesce((select string_agg(x.j, ',' order by " + aggregateOrder + ") from (select " + object(type, b, field.getSelectionSet())
                + " as j" + keys + " from " + table + " " + b + " where " + String.format(condition, b) + " order by " + rowOrder
                + " limit " + first + ") x), '') || ']'";
    }

    /** The name of the person or body: the leader's where a leader, else the actor's. */
    private static String claimant(String leader, String actor) {
        return "coalesce((select l.name from leader l where l.id = " + leader + "), (select c.name from actor c where c.id = " + actor + "))";
    }

    /** A value's JSON: strings escaped, dates as YYYY-MM-DD, numbers and booleans as they are, null as null. */
    private static String json(String expression) {
        return "coalesce(to_json(" + expression + ")::text, 'null')";
    }

    /** An id: the number as a string. */
    private static String id(String expression) {
        return "coalesce(to_json((" + expression + ")::text)::text, 'null')";
    }

    /**
     * A Float as SmallRye writes it (Java's Double.toString through BigDecimal): 48.0 where PostgreSQL
     * writes 48, the same digits as PostgreSQL's shortest form otherwise, within [0.001, 10^7). Outside
     * it Java writes an exponent or more zeros; there the text carries a \u0001, which no JSON text of
     * PostgreSQL's holds, and the request is handed to SmallRye instead.
     */
    private static String floating(String x) {
        return "case when " + x + " is null then 'null' when " + x + " = trunc(" + x + ") and abs(" + x + ") < 1e7 then trunc(" + x
                + ")::bigint::text || '.0' when abs(" + x + ") >= 1e-3 and abs(" + x + ") < 1e7 then " + x + "::text else chr(1) end";
    }

    /** The column of a field: its name in snake case. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private String noArguments(Field field, String value) {
        onlyArguments(field);
        return value;
    }

    /**
     * The object's JSON text, as an SQL expression: its fields in the order asked, each under its
     * response key (an alias or the name, both GraphQL names, which need no escaping).
     */
    private String object(SelectionSet set, String type, java.util.function.Function<Field, String> value) {
        StringBuilder json = new StringBuilder("'{");
        String separator = "";
        for (Map.Entry<String, Field> entry : fields(set, type).entrySet()) {
            Field field = entry.getValue();
            String expression = field.getName().equals("__typename") ? "'\"" + type + "\"'" : value.apply(field);
            json.append(separator).append('"').append(entry.getKey()).append("\":' || ").append(expression).append(" || '");
            separator = ",";
        }
        return json.append("}'").toString();
    }

    /** The fields a selection set asks for on an object of {@code type}, fragments spread and include/skip applied. */
    private Map<String, Field> fields(SelectionSet set, String type) {
        if (set == null) {
            throw new Refused("a selection set missing");
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(set, type, fields, 0);
        return fields;
    }

    private void collect(SelectionSet set, String type, Map<String, Field> into, int depth) {
        if (depth > 10) {
            throw new Refused("fragments nested too deeply");
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives()) && into.putIfAbsent(field.getResultKey(), field) != null) {
                    // graphql-java merges the two; merging is not compiled.
                    throw new Refused("the response key " + field.getResultKey() + " selected twice");
                }
                if (field.getName().startsWith("__") && !field.getName().equals("__typename")) {
                    throw new Refused("introspection");
                }
            } else if (selection instanceof InlineFragment inline) {
                if (inline.getTypeCondition() != null && !inline.getTypeCondition().getName().equals(type)) {
                    throw new Refused("a fragment on another type");
                }
                if (included(inline.getDirectives())) {
                    collect(inline.getSelectionSet(), type, into, depth + 1);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null || !fragment.getTypeCondition().getName().equals(type) || !fragment.getDirectives().isEmpty()) {
                    throw new Refused("a fragment on another type");
                }
                if (included(spread.getDirectives())) {
                    collect(fragment.getSelectionSet(), type, into, depth + 1);
                }
            } else {
                throw new Refused("a selection of an unknown kind");
            }
        }
    }

    private boolean included(List<Directive> directives) {
        boolean included = true;
        for (Directive directive : directives) {
            boolean condition = condition(directive);
            switch (directive.getName()) {
                case "include" -> included &= condition;
                case "skip" -> included &= !condition;
                default -> throw new Refused("the directive @" + directive.getName());
            }
        }
        return included;
    }

    private boolean condition(Directive directive) {
        if (directive.getArguments().size() != 1 || !directive.getArguments().get(0).getName().equals("if")) {
            throw new Refused("a directive's arguments");
        }
        Value<?> value = directive.getArguments().get(0).getValue();
        if (value instanceof BooleanValue literal) {
            return literal.isValue();
        }
        JsonValue variable = variable(value);
        if (variable == JsonValue.TRUE || variable == JsonValue.FALSE) {
            return variable == JsonValue.TRUE;
        }
        throw new Refused("a directive's condition");
    }

    // Arguments.

    private static void onlyArguments(Field field, String... known) {
        for (Argument argument : field.getArguments()) {
            if (!List.of(known).contains(argument.getName())) {
                throw new Refused("the argument " + field.getName() + "(" + argument.getName() + ")");
            }
        }
    }

    private static Value<?> argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                return argument.getValue();
            }
        }
        return null;
    }

    /** A variable's value; null where the variable is not given (the argument then takes its default). */
    private JsonValue variable(Value<?> value) {
        if (!(value instanceof VariableReference reference)) {
            return null;
        }
        return variables == null ? null : variables.get(reference.getName());
    }

    /** The value with a variable replaced by its literal kind; null where absent (a variable not given included). */
    private Value<?> resolved(Value<?> value) {
        if (value instanceof VariableReference) {
            JsonValue given = variable(value);
            if (given == null) {
                return null;
            }
            if (given == JsonValue.NULL) {
                return NullValue.of();
            }
            throw new Refused("an input object given as a variable");
        }
        return value;
    }

    private boolean isNull(Value<?> value) {
        if (value == null || value instanceof NullValue) {
            return true;
        }
        if (value instanceof VariableReference) {
            JsonValue given = variable(value);
            return given == null || given == JsonValue.NULL;
        }
        return false;
    }

    /** An Int argument's value; null where not given. An explicit null is left to SmallRye. */
    private Integer integer(Value<?> value) {
        if (value == null) {
            return null;
        }
        if (value instanceof IntValue literal) {
            return literal.getValue().intValueExact();
        }
        if (value instanceof VariableReference) {
            JsonValue given = variable(value);
            if (given == null) {
                return null;
            }
            if (given instanceof JsonNumber number && number.isIntegral()) {
                return number.intValueExact();
            }
        }
        throw new Refused("an Int argument given as null or not as an integer");
    }

    /** A nested list's first, as PageRequest.nested checks it; out of range is left to SmallRye's error. */
    private int nestedFirst(Field field, int defaultFirst) {
        Integer first = integer(argument(field, "first"));
        return first == null ? defaultFirst : pageSize(first);
    }

    private static int pageSize(int first) {
        if (first < 0 || first > PageRequest.MAX_SIZE) {
            throw new Refused("a page size out of range");
        }
        return first;
    }

    /** The ID argument {@code name} as a statement parameter. */
    private String id(Field field, String name) {
        Value<?> value = argument(field, name);
        if (value == null) {
            throw new Refused("an id not given");
        }
        return id(value);
    }

    private String id(Value<?> value) {
        if (value instanceof StringValue literal) {
            try {
                ids.add(new Plan.IdParameter(null, Ids.parse(literal.getValue(), "id")));
            } catch (ApiError notAnId) {
                throw new Refused("an id that is not one");
            }
        } else if (value instanceof VariableReference reference) {
            ids.add(new Plan.IdParameter(reference.getName(), 0));
        } else {
            throw new Refused("an id given as other than a string");
        }
        return "$" + ids.size();
    }

    private String alias() {
        return "t" + (++aliases);
    }
}
