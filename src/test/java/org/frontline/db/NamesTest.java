package org.frontline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A name filter matches the searched text as itself: {@code %}, {@code _} and {@code \} in it match
 * only themselves. The escaping is SQL (PostgreSQL's replace() with standard_conforming_strings, and
 * ILIKE's default escape {@code \}); without a database this test reads the replace() steps from
 * the condition, applies them in the order PostgreSQL does, and matches the pattern as ILIKE would.
 */
@Tag("plain")
class NamesTest {

    @Test
    void containsTakesTheSearchedTextOnceAndMatchTakesItTwice() {
        Where contains = new Where().and(Names.contains("r.name"), "Kyiv");
        assertEquals(1, contains.args().size());
        assertTrue(contains.sql().startsWith("r.name ilike '%' || replace(replace(replace($1, "), contains.sql());

        Where match = new Where().and(Names.match("l.name"), "Stoltenburg", "Stoltenburg");
        assertEquals(2, match.args().size());
        assertTrue(match.sql().startsWith("(l.name ilike "), match.sql());
        assertTrue(match.sql().endsWith(" or $2 <% l.name)"), match.sql());
    }

    @Test
    void plainTextIsFoundAnywhereInTheNameIgnoringCase() {
        assertTrue(contains("kyiv", "Kyiv Oblast"));
        assertTrue(contains("OBLAST", "Kyiv Oblast"));
        assertTrue(contains("", "Kyiv Oblast"), "an empty search contains every name");
        assertFalse(contains("Lviv", "Kyiv Oblast"));
    }

    @Test
    void aPercentSignMatchesOnlyAPercentSign() {
        assertTrue(contains("50%", "cut by 50% in May"));
        assertFalse(contains("50%", "500 dead"), "not 50 followed by anything");
        assertFalse(contains("%", "Kyiv"), "a filter of % does not list every row");
    }

    @Test
    void anUnderscoreMatchesOnlyAnUnderscore() {
        assertTrue(contains("a_b", "x a_b y"));
        assertFalse(contains("a_b", "x acb y"));
        assertFalse(contains("_", "Kyiv"), "a filter of _ does not list every row");
    }

    @Test
    void aBackslashMatchesOnlyABackslashAndDoesNotEscapeWhatFollowsIt() {
        assertTrue(contains("a\\b", "path a\\b"));
        assertFalse(contains("a\\b", "path ab"));
        assertTrue(contains("\\%", "50\\% off"), "a backslash then a percent sign, both as themselves");
        assertFalse(contains("\\%", "50\\ off"));
        assertFalse(contains("\\", "Kyiv"));
        assertTrue(contains("\\\\", "two \\\\ backslashes"));
        assertFalse(contains("\\\\", "one \\ backslash"));
    }

    /** Whether {@code name} satisfies {@link Names#contains} for the searched {@code text}. */
    private static boolean contains(String text, String name) {
        String condition = Names.contains("name");
        String escaped = text;
        for (String[] step : replaceSteps(condition)) {
            escaped = escaped.replace(step[0], step[1]);
        }
        return ilike(name, "%" + escaped + "%");
    }

    /** The replace(?, from, to) steps of the condition, innermost (first applied) first. */
    private static List<String[]> replaceSteps(String condition) {
        List<String[]> steps = new ArrayList<>();
        Matcher literals = Pattern.compile("'([^']*)', '([^']*)'\\)").matcher(condition);
        while (literals.find()) {
            steps.add(new String[] { literals.group(1), literals.group(2) });
        }
        assertEquals(3, steps.size(), condition);
        return steps;
    }

    /** PostgreSQL's ILIKE with its default escape character, the backslash. */
    private static boolean ilike(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL).matcher(value).matches();
    }
}
