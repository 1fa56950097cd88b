package org.frontline.paging;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One column of a keyset order: the SQL expression to sort on, how to read its value from the item
 * for a cursor, and how to turn a cursor's text back into a parameter of the right type.
 */
public record SortKey<T>(String expression, Function<T, Object> value, Function<String, Object> parse) {

    public static <T> SortKey<T> ofLong(String expression, Function<T, Object> value) {
        return new SortKey<>(expression, value, Long::parseLong);
    }

    public static <T> SortKey<T> ofInt(String expression, Function<T, Object> value) {
        return new SortKey<>(expression, value, Integer::parseInt);
    }

    public static <T> SortKey<T> ofDate(String expression, Function<T, Object> value) {
        return new SortKey<>(expression, value, LocalDate::parse);
    }

    public static <T> SortKey<T> ofText(String expression, Function<T, Object> value) {
        return new SortKey<>(expression, value, text -> text);
    }

    Object parse(String text, String argument) {
        try {
            return parse.apply(text);
        } catch (RuntimeException malformed) {
            throw Cursor.bad(argument, "is not a cursor this API issued");
        }
    }
}
