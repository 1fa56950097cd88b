package org.frontline.db;

/**
 * How a name typed by a user matches a name in the record: as any part of it, ignoring case, or
 * as a close spelling of one of its words (pg_trgm's word similarity, at least 0.6), so that
 * "Stoltenburg" finds Stoltenberg while "Vladimir Zelensky" does not find Vladimir Putin.
 */
public final class Names {

    private Names() {
    }

    /** A condition on {@code column} taking the searched name twice, for {@link Where#and}. */
    public static String match(String column) {
        return "(" + column + " ilike '%' || ? || '%' or ? <% " + column + ")";
    }
}
