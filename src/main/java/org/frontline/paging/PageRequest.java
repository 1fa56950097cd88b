package org.frontline.paging;

import org.frontline.error.ApiError;

/**
 * The Relay paging arguments of one list, checked: read forwards with first/after, or backwards
 * with last/before, never both at once.
 */
public record PageRequest(int size, boolean backward, String cursor, String cursorArgument) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * The default of {@code first} on a nested list (a strike's sources, a region's children...),
     * as an annotation needs it. Every list is bounded so that what a request may cost is known
     * before it runs (see guard/OperationCheck).
     */
    public static final String NESTED_DEFAULT = "" + DEFAULT_SIZE;
    /** How a list's paging arguments are described to API users, on every list. */
    public static final String FIRST = "How many to return reading forwards (0 to " + MAX_SIZE + ", default " + DEFAULT_SIZE + ").";
    public static final String AFTER = "Read forwards from after this cursor.";
    public static final String LAST = "How many to return reading backwards (0 to " + MAX_SIZE + ").";
    public static final String BEFORE = "Read backwards from before this cursor.";
    /** How a nested list's {@code first} is described to API users. */
    public static final String NESTED_FIRST = "How many at most (0 to " + MAX_SIZE + ").";

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

    /**
     * A nested list's {@code first}, checked. Batched resolvers call it inside their Uni, so that
     * the client gets the error with its code rather than wrapped.
     */
    public static int nested(int first) {
        return upTo(first, MAX_SIZE);
    }

    /** A list's {@code first} where the list allows up to {@code max}, checked. */
    public static int upTo(int first, int max) {
        return checked(first, max, "first");
    }

    private static int checkedSize(Integer size, String argument) {
        return size == null ? DEFAULT_SIZE : checked(size, MAX_SIZE, argument);
    }

    private static int checked(int size, int max, String argument) {
        if (size < 0 || size > max) {
            throw ApiError.badArgument(argument, argument + " must be between 0 and " + max + ", not " + size + ".");
        }
        return size;
    }
}
