package org.frontline.db;

/**
 * How a name typed by a user matches a name in the record: as any part of it, ignoring case, or
 * as a close spelling of one of its words (pg_trgm's word similarity, at least 0.6), so that
 * "Stoltenburg" finds Stoltenberg while "Vladimir Zelensky" does not find Vladimir Putin.
 */
public final class Names {

    private Names() {
    }

    /**
     * The searched text as an ILIKE pattern for "contains": its own {@code %}, {@code _} and
     * {@code \} escaped, so that they match themselves. Unescaped, a name filter of "%" or "_" would
     * list every row, and a search for "50%" would find "500".
     */
    private static final String CONTAINING = "'%' || replace(replace(replace(?, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'";

    /** A condition on {@code column} taking the searched name twice, for {@link Where#and}. */
    public static String match(String column) {
        return "(" + column + " ilike " + CONTAINING + " or ? <% " + column + ")";
    }

    /** A condition on {@code column}: it contains the searched text, ignoring case, taking it once. */
    public static String contains(String column) {
        return column + " ilike " + CONTAINING;
    }
}
