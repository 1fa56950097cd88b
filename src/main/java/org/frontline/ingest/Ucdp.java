package org.frontline.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A UCDP GED-style event file: one row per event, named by id, with three death figures that are
 * kept as three casualty reports in the order best, low, high and never added up or collapsed into
 * one. The model's qualifiers are EXACT, AT_LEAST and ABOUT: low ("at least this many") is
 * AT_LEAST; best (UCDP's most likely figure) and high (its highest credible one) are estimates,
 * ABOUT, and which is which stays in the order external_key.report_ids keeps and in the quote that
 * cites each. The model has no AT_MOST; a high figure is not a bound the sources state.
 * <p>
 * where_prec and date_prec are kept with the row's key (external_key.details); the source article
 * becomes the source and its headline the quote.
 */
final class Ucdp implements EventFormat {

    static final String DATASET = "ucdp";

    private static final List<String> REQUIRED = List.of("id", "date_start", "adm_1", "latitude", "longitude", "best", "low",
            "high", "where_prec", "date_prec", "source_article");

    /** UCDP names a place with what it is ("Zaporizhzhia town"); the record names it alone. */
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+(town|city|village|settlement)$", Pattern.CASE_INSENSITIVE);
    /** UCDP's headlines say "shelling" where ACLED's sub-type does: here it is the word for artillery fire. */
    private static final Pattern SHELL = Pattern.compile("shell", Pattern.CASE_INSENSITIVE);

    @Override
    public String dataset() {
        return DATASET;
    }

    @Override
    public String reporter() {
        return "UCDP";
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public boolean joinsOtherDatasets() {
        return true;
    }

    @Override
    public EventRow read(Rows row, long line) throws Rows.Refused {
        String id = row.required("id");
        String start = row.required("date_start");
        if (start.length() > 10 && start.charAt(10) == ' ') {
            start = start.substring(0, 10); // "2022-09-30 00:00:00.000"
        }
        var occurredOn = Rows.date("date_start", start);
        Double latitude = row.degrees("latitude", 90);
        Double longitude = row.degrees("longitude", 180);
        if ((latitude == null) != (longitude == null)) {
            throw new Rows.Refused("latitude and longitude are given together or not at all");
        }
        Integer best = row.count("best"), low = row.count("low"), high = row.count("high");
        if (best == null || low == null || high == null) {
            throw new Rows.Refused("best, low and high are all needed");
        }
        if (low > best || best > high) {
            throw new Rows.Refused("the figures are not in order: low " + low + ", best " + best + ", high " + high);
        }
        String wherePrec = precision(row, "where_prec", 7);
        String datePrec = precision(row, "date_prec", 5);
        String headline = row.optional("source_headline");
        String article = row.required("source_article");
        String words = (headline == null ? "" : headline) + " " + row.text("where_description");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("where_prec", wherePrec);
        details.put("date_prec", datePrec);
        details.put("date_end", row.text("date_end"));
        details.put("type_of_violence", row.text("type_of_violence"));
        details.put("conflict_name", row.text("conflict_name"));
        details.put("where_description", row.text("where_description"));
        details.put("figures", "best, low, high");
        return new EventRow(line, id, occurredOn, row.text("country"), stripOblast(row.required("adm_1")), row.text("adm_2"), "",
                PLACE_SUFFIX.matcher(row.text("where_coordinates")).replaceAll(""), latitude, longitude, weaponKind(words),
                null, row.optional("side_b"), row.optional("side_a"), row.optional("where_description"), article,
                headline != null ? headline : "UCDP event " + id + " on " + occurredOn + ".",
                List.of(new EventRow.Figure(best, "ABOUT"), new EventRow.Figure(low, "AT_LEAST"), new EventRow.Figure(high, "ABOUT")),
                details);
    }

    /** "Zaporizhia oblast" is matched as "Zaporizhia" and "Zaporizhia Oblast" both. */
    private static String stripOblast(String admin1) {
        return admin1.replaceFirst("(?i)\\s+oblast$", "");
    }

    private static String precision(Rows row, String column, int highest) throws Rows.Refused {
        Integer value = row.count(column);
        if (value == null || value < 1 || value > highest) {
            throw new Rows.Refused(column + " \"" + row.text(column) + "\" is not a precision from 1 to " + highest);
        }
        return value.toString();
    }

    static String weaponKind(String words) {
        if (WeaponWords.DRONE.in(words)) {
            return "DRONE";
        }
        if (WeaponWords.MISSILE.in(words)) {
            return "MISSILE";
        }
        if (WeaponWords.ROCKET.in(words)) {
            return "ROCKET";
        }
        return WeaponWords.ARTILLERY.in(words) || SHELL.matcher(words).find() ? "ARTILLERY" : "UNKNOWN";
    }
}
