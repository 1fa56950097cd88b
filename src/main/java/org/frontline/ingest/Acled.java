package org.frontline.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ACLED-style event file: one row per event, named by event_id_cnty. Only remote violence
 * (ACLED's event type "Explosions/Remote violence") is a strike; a battle or a protest is refused
 * by its line, since the record holds strikes and ACLED's other types are not.
 * <p>
 * ACLED codes its fatalities as the lowest figure its sources give, so the figure is kept as
 * AT_LEAST. The weapon kind comes from the sub-event type and, where that is unclear (ACLED's
 * "Shelling/artillery/missile attack"), from the words of the notes.
 */
final class Acled implements EventFormat {

    static final String DATASET = "acled";

    private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "admin1", "latitude", "longitude", "fatalities", "source", "notes");

    @Override
    public String dataset() {
        return DATASET;
    }

    @Override
    public String reporter() {
        return "ACLED";
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public EventRow read(Rows row, long line) throws Rows.Refused {
        String eventId = row.required("event_id_cnty");
        String type = row.required("event_type");
        if (!type.equalsIgnoreCase("Explosions/Remote violence")) {
            throw new Rows.Refused("event type \"" + type + "\" is not a strike (only Explosions/Remote violence is imported)");
        }
        var occurredOn = row.date("event_date");
        String subType = row.required("sub_event_type");
        Double latitude = row.degrees("latitude", 90);
        Double longitude = row.degrees("longitude", 180);
        if ((latitude == null) != (longitude == null)) {
            throw new Rows.Refused("latitude and longitude are given together or not at all");
        }
        Integer fatalities = row.count("fatalities");
        String notes = row.optional("notes");
        String source = row.optional("source");
        String precision = row.text("time_precision");
        if (!precision.isEmpty() && !List.of("1", "2", "3").contains(precision)) {
            throw new Rows.Refused("time_precision \"" + precision + "\" is not 1, 2 or 3");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event_type", type);
        details.put("sub_event_type", subType);
        details.put("time_precision", precision);
        details.put("geo_precision", row.text("geo_precision"));
        details.put("source_scale", row.text("source_scale"));
        details.put("actor2", row.text("actor2"));
        return new EventRow(line, eventId, occurredOn, row.text("country"), row.required("admin1"), row.text("admin2"),
                row.text("admin3"), row.text("location"), latitude, longitude, weaponKind(subType, notes), subType,
                row.optional("actor2"), row.optional("actor1"), notes, source,
                notes != null ? notes : "ACLED event " + eventId + ": " + subType + " on " + occurredOn + ".",
                fatalities == null ? List.of() : List.of(new EventRow.Figure(fatalities, "AT_LEAST")), details);
    }

    static String weaponKind(String subType, String notes) {
        String words = notes == null ? "" : notes;
        String sub = subType.toLowerCase(Locale.ROOT);
        if (sub.startsWith("air/drone")) {
            return WeaponWords.DRONE.in(words) ? "DRONE" : "AIR_STRIKE";
        }
        if (sub.startsWith("shelling")) {
            if (WeaponWords.MISSILE.in(words)) {
                return "MISSILE";
            }
            if (WeaponWords.ROCKET.in(words)) {
                return "ROCKET";
            }
            return WeaponWords.ARTILLERY.in(words) ? "ARTILLERY" : "SHELLING";
        }
        return "UNKNOWN";
    }
}
