package org.frontline.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One event of an events file (ACLED, UCDP) as the importer stages it: what becomes a strike, the
 * places that name where it was (coarsest first, '' where the file leaves a level out), who did it,
 * the figures reported (one for ACLED; best, low and high for UCDP, each with its qualifier) and
 * what the model has no column for, kept as {@code details}.
 */
record EventRow(long line, String eventId, LocalDate occurredOn, String country, String admin1, String admin2,
        String admin3, String location, Double latitude, Double longitude, String weaponKind, String weapon,
        String target, String actor, String description, String namedSource, String quote, List<Figure> figures,
        Map<String, String> details) {

    /** A killed figure and how exact the file says it is (EXACT, AT_LEAST, ABOUT: the model's qualifiers). */
    record Figure(int killed, String qualifier) {
    }

    /** The staging table's columns, in the order {@link #copy(CopyText)} writes them. */
    static final String COLUMNS = "line, event_id, occurred_on, country, admin1, admin2, admin3, location, latitude, longitude,"
            + " weapon_kind, weapon, target, actor, description, named_source, quote, figures, qualifiers, details, row_hash";

    static final String STAGING = """
            create temp table staged (
                line         bigint not null,
                event_id     text not null,
                occurred_on  date not null,
                country      text not null,
                admin1       text not null,
                admin2       text not null,
                admin3       text not null,
                location     text not null,
                latitude     double precision,
                longitude    double precision,
                weapon_kind  text not null,
                weapon       text,
                target       text,
                actor        text,
                description  text,
                named_source text,
                quote        text not null,
                figures      integer[] not null,
                qualifiers   text[] not null,
                details      jsonb not null,
                -- md5 of the row as staged, its line left out: equal means nothing to change.
                row_hash     text not null
            ) on commit drop""";

    void copy(CopyText out) {
        out.add(line);
        int content = out.mark();
        out.add(eventId).add(occurredOn.toString()).add(country).add(admin1).add(admin2).add(admin3).add(location)
                .add(latitude).add(longitude).add(weaponKind).add(weapon).add(target).add(actor).add(description)
                .add(namedSource).add(quote)
                .add(array(figures.stream().map(f -> Integer.toString(f.killed())).toList()))
                .add(array(figures.stream().map(Figure::qualifier).toList()))
                .add(json(details));
        out.add(out.md5Since(content));
        out.end();
    }

    private static String array(List<String> items) {
        return "{" + String.join(",", items) + "}";
    }

    private static String json(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        details.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                quote(json, key).append(':');
                quote(json, value);
            }
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
