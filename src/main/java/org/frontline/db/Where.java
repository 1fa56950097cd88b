package org.frontline.db;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Collects the conditions of a WHERE clause and their parameters, numbering the placeholders as
 * they are added. Values always travel as parameters; only SQL written in this code base goes into
 * the text.
 */
public class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Tuple args = Tuple.tuple();

    /** Adds a parameter and returns its placeholder ({@code $n}). */
    public String param(Object value) {
        args.addValue(value);
        return "$" + args.size();
    }

    /** Adds a condition whose {@code ?} marks are replaced, in order, by placeholders for the values. */
    public Where and(String condition, Object... values) {
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '?') {
                sql.append(param(values[next++]));
            } else {
                sql.append(c);
            }
        }
        conditions.add(sql.toString());
        return this;
    }

    public Where andIf(boolean present, String condition, Object... values) {
        return present ? and(condition, values) : this;
    }

    public String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public Tuple args() {
        return args;
    }
}
