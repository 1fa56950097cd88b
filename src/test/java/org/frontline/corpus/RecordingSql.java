package org.frontline.corpus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.frontline.db.Sql;
import org.frontline.guard.Limits;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read path as it is, keeping every distinct statement it sends with the arguments of its first
 * sending, so that a test can ask PostgreSQL how it plans each one. Installed in place of
 * {@link Sql} with QuarkusMock.
 */
public class RecordingSql extends Sql {

    /** Statement text to the arguments it was first sent with, and the query that sent it. */
    public record Sent(Tuple args, String query) {
    }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    /** Each corpus query's statements in the order sent, their arguments written in as literals. */
    private final Map<String, List<String>> byQuery = new ConcurrentHashMap<>();
    private volatile String query = "";

    public RecordingSql(Pool pool, Limits limits) {
        super(pool, limits);
    }

    /** Names the corpus query being sent, for the statements it leads to. */
    public void sending(String name) {
        query = name;
    }

    public Map<String, Sent> statements() {
        return sent;
    }

    /** The statements the corpus query {@code name} led to, as pgbench can run them (bench/corpus.py). */
    public List<String> statementsOf(String name) {
        return byQuery.getOrDefault(name, List.of());
    }

    @Override
    public <T> Uni<List<T>> list(String sql, Tuple args, Function<Row, T> mapper) {
        record(sql, args);
        return super.list(sql, args, mapper);
    }

    @Override
    public <T> Uni<T> one(String sql, Tuple args, Function<Row, T> mapper) {
        record(sql, args);
        return super.one(sql, args, mapper);
    }

    private void record(String sql, Tuple args) {
        sent.putIfAbsent(sql, new Sent(args, query));
        byQuery.computeIfAbsent(query, name -> java.util.Collections.synchronizedList(new java.util.ArrayList<>())).add(inline(sql, args));
    }

    /** The statement with each $n replaced by its argument as an SQL literal, which PostgreSQL types from where it stands. */
    static String inline(String sql, Tuple args) {
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\$(\\d+)").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            Object value = args.getValue(Integer.parseInt(parameter.group(1)) - 1);
            parameter.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(literal(value)));
        }
        return parameter.appendTail(out).toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Object[] items) {
            StringBuilder array = new StringBuilder("{");
            for (Object item : items) {
                array.append(array.length() > 1 ? "," : "").append(item == null ? "NULL"
                        : item instanceof Number ? item.toString() : "\"" + item.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            return quoted(array.append('}').toString());
        }
        return quoted(value.toString());
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
