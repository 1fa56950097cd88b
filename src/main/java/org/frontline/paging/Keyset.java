package org.frontline.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.frontline.db.Where;

/**
 * An order a list can be read in, as keyset pagination needs it: every key sorts the same way and
 * the last key is unique, so "the rows after this cursor" is one row comparison that an index
 * answers without counting through the rows before it (no OFFSET).
 */
public record Keyset<T>(String name, boolean descending, List<SortKey<T>> keys) {

    @SafeVarargs
    public static <T> Keyset<T> descending(String name, SortKey<T>... keys) {
        return new Keyset<>(name, true, List.of(keys));
    }

    @SafeVarargs
    public static <T> Keyset<T> ascending(String name, SortKey<T>... keys) {
        return new Keyset<>(name, false, List.of(keys));
    }

    String orderBy(boolean backward) {
        String direction = descending != backward ? " desc" : " asc";
        return keys.stream().map(key -> key.expression() + direction).collect(Collectors.joining(", "));
    }

    /** Restricts the rows to those strictly past the cursor, in the direction being read. */
    void after(Where where, String cursor, boolean backward, String argument) {
        List<String> texts = Cursor.decode(cursor, name, keys.size(), argument);
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            placeholders.add(where.param(keys.get(i).parse(texts.get(i), argument)));
        }
        String columns = keys.stream().map(SortKey::expression).collect(Collectors.joining(", "));
        String comparison = descending != backward ? " < " : " > ";
        where.and("(" + columns + ")" + comparison + "(" + String.join(", ", placeholders) + ")");
    }

    String cursor(T item) {
        List<Object> values = new ArrayList<>(keys.size());
        for (SortKey<T> key : keys) {
            values.add(key.value().apply(item));
        }
        return Cursor.encode(name, values);
    }
}
