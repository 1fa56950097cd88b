package org.frontline.paging;

import org.frontline.error.ApiError;

/**
 * The Relay paging arguments of one list, checked: read forwards with first/after, or backwards
 * with last/before, never both at once.
 */
public record PageRequest(int size, boolean backward, String cursor, String cursorArgument) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw ApiError.badArgument("last", "Give first (with after) or last (with before), not both.");
        }
        if (last != null || before != null) {
            if (after != null) {
                throw ApiError.badArgument("after", "after reads forwards and before reads backwards: give one of them.");
            }
            return new PageRequest(checkedSize(last, "last"), true, before, "before");
        }
        return new PageRequest(checkedSize(first, "first"), false, after, "after");
    }

    private static int checkedSize(Integer size, String argument) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 0 || size > MAX_SIZE) {
            throw ApiError.badArgument(argument,
                    argument + " must be between 0 and " + MAX_SIZE + " (the largest page), not " + size + ".");
        }
        return size;
    }
}
