package org.frontline.error;

/**
 * Ids are the database's numbers, written as GraphQL IDs. Anything else given as an id is refused
 * here, before it can reach SQL.
 */
public final class Ids {

    private Ids() {
    }

    public static long parse(String id, String argument) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new ApiError(ErrorCode.BAD_ID, argument,
                    "'" + abbreviate(id) + "' is not a valid id for " + argument + ": ids are positive whole numbers such as \"12\"");
        }
        return Long.parseLong(id);
    }

    /** Like {@link #parse} but lets null through, for optional filters. */
    public static Long parseOptional(String id, String argument) {
        return id == null ? null : parse(id, argument);
    }

    public static String of(long id) {
        return Long.toString(id);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
