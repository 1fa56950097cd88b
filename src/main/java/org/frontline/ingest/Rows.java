package org.frontline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a CSV row by the names its header gives them, and the checks every events format
 * makes of them. A check that fails throws {@link Refused} with the reason the report gives for
 * the row.
 */
final class Rows {

    /** Why a row is not imported, told with its line. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final DateTimeFormatter WRITTEN_OUT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> fields;

    /** Reads the header; fails naming the columns that the format needs and the header lacks. */
    Rows(List<String> header, List<String> required) throws Refused {
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new Refused("the header has no column " + String.join(", ", missing) + " (it has " + String.join(", ", header) + ")");
        }
    }

    void at(List<String> row) throws Refused {
        if (row.size() != columns.size()) {
            throw new Refused("the row has " + row.size() + " fields where the header has " + columns.size());
        }
        this.fields = row;
    }

    /** The field, stripped; '' where the column is absent or empty. */
    String text(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index).strip();
    }

    /** The field, or null where it is empty. */
    String optional(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    String required(String column) throws Refused {
        String value = text(column);
        if (value.isEmpty()) {
            throw new Refused(column + " is empty");
        }
        return value;
    }

    /** A date as 2022-09-30 or as 30 September 2022. */
    LocalDate date(String column) throws Refused {
        return date(column, required(column));
    }

    static LocalDate date(String column, String value) throws Refused {
        try {
            return value.length() == 10 && value.charAt(4) == '-' ? LocalDate.parse(value) : LocalDate.parse(value, WRITTEN_OUT);
        } catch (DateTimeParseException notADate) {
            throw new Refused(column + " \"" + value + "\" is not a date (2022-09-30 or 30 September 2022)");
        }
    }

    /** A whole number of people, 0 or more; null where the field is empty. */
    Integer count(String column) throws Refused {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int count = Integer.parseInt(value);
            if (count < 0) {
                throw new Refused(column + " " + value + " is below zero");
            }
            return count;
        } catch (NumberFormatException notANumber) {
            throw new Refused(column + " \"" + value + "\" is not a whole number");
        }
    }

    /** A latitude (bound 90) or longitude (bound 180) in degrees; null where the field is empty. */
    Double degrees(String column, double bound) throws Refused {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        double degrees;
        try {
            degrees = Double.parseDouble(value);
        } catch (NumberFormatException notANumber) {
            throw new Refused(column + " \"" + value + "\" is not a number");
        }
        if (!(Math.abs(degrees) <= bound)) {
            throw new Refused(column + " " + value + " is out of range (-" + (int) bound + " to " + (int) bound + ")");
        }
        return degrees;
    }
}
