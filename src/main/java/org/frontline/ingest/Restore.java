package org.frontline.ingest;

import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import org.frontline.actor.ActorKind;
import org.frontline.region.RegionKind;
import org.frontline.source.SourceKind;
import org.frontline.strike.AttributionStatus;
import org.frontline.strike.FigureQualifier;
import org.frontline.strike.WeaponKind;

/**
 * The import format {@code frontline}: Frontline's own GeoJSON export of strikes
 * ({@code /export/strikes.geojson}), made into the same strikes in another record, so that what one
 * deployment exports another can take in whole: each strike with its place (found by its names from
 * the country down, made where missing), every casualty report with who gave it, its attributions
 * and the sentences that cite it, each from its source (found by title, publisher, date and address,
 * made where missing).
 * <p>
 * Unlike the event formats it adds no citation of the file: the strike arrives with its own
 * sources, and one more would make the record say something the exported one did not. Where each
 * strike came from is kept with its key instead (external_key, dataset {@code frontline}: the
 * exporting deployment's id, the file and the line). A strike restored before is left alone when
 * unchanged and refused when the file now says otherwise: a restore is not a correction, which an
 * editor makes. The triggers run as for any write (history, the strike's lowest figure, totals):
 * this is the path for moving a record, not for a million rows.
 */
final class Restore {

    static final String FORMAT = "frontline";

    static final String STAGING = """
            create temp table restored (
                line          bigint not null,
                export_id     text not null,
                occurred_on   date not null,
                occurred_at   timestamptz,
                region_path   jsonb not null,
                latitude      double precision,
                longitude     double precision,
                weapon_kind   text not null,
                weapon        text,
                target        text,
                reports       jsonb not null,
                attributions  jsonb not null,
                sources       jsonb not null,
                row_hash      text not null,
                place         bigint,
                strike_id     bigint
            ) on commit drop""";

    static final String COLUMNS = "line, export_id, occurred_on, occurred_at, region_path, latitude, longitude, weapon_kind, weapon,"
            + " target, reports, attributions, sources, row_hash";

    private static final Set<String> REGION_KINDS = names(RegionKind.values(), RegionKind::name);
    private static final Set<String> ACTOR_KINDS = names(ActorKind.values(), ActorKind::name);
    private static final Set<String> SOURCE_KINDS = names(SourceKind.values(), SourceKind::name);
    private static final Set<String> STATUSES = names(AttributionStatus.values(), AttributionStatus::name);
    private static final Set<String> QUALIFIERS = names(FigureQualifier.values(), FigureQualifier::name);
    private static final Set<String> WEAPON_KINDS = names(WeaponKind.values(), WeaponKind::name);

    private final Connection db;

    Restore(Connection db) {
        this.db = db;
    }

    /**
     * Reads the FeatureCollection a feature at a time (constant memory whatever its length) and
     * stages each good one; a bad one is refused with its line. Returns the features read.
     */
    long stage(Reader in, CopyText out, List<ImportReport.Refusal> refused, Progress progress, LongSupplier bytesRead) throws Rows.Refused {
        long features = 0;
        try (JsonParser parser = Json.createParser(in)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new Rows.Refused("the file is not a GeoJSON FeatureCollection");
            }
            boolean found = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME && parser.getString().equals("features")) {
                    if (parser.next() != JsonParser.Event.START_ARRAY) {
                        throw new Rows.Refused("features is not an array");
                    }
                    found = true;
                    while (parser.next() == JsonParser.Event.START_OBJECT) {
                        long line = parser.getLocation().getLineNumber();
                        JsonObject feature = parser.getObject();
                        features++;
                        try {
                            stage(feature, line, out);
                        } catch (Rows.Refused bad) {
                            refused.add(new ImportReport.Refusal(line, bad.getMessage()));
                        } catch (ClassCastException | NullPointerException | ArithmeticException | NumberFormatException shapeless) {
                            refused.add(new ImportReport.Refusal(line, "the feature is not shaped as Frontline exports a strike"));
                        }
                        if ((features & 0x3ff) == 0) {
                            progress.read(bytesRead.getAsLong(), features);
                        }
                    }
                } else if (event == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (event == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
            if (!found) {
                throw new Rows.Refused("the file has no features");
            }
        } catch (JsonParsingException broken) {
            throw new Rows.Refused("the file is not JSON at line " + broken.getLocation().getLineNumber());
        }
        out.flush();
        return features;
    }

    private static void stage(JsonObject feature, long line, CopyText out) throws Rows.Refused {
        JsonObject p = feature.getJsonObject("properties");
        if (p == null) {
            throw new Rows.Refused("the feature has no properties");
        }
        String id = text(p, "id");
        if (id == null) {
            throw new Rows.Refused("the strike has no id");
        }
        String occurredOnText = text(p, "occurredOn");
        if (occurredOnText == null) {
            throw new Rows.Refused("the strike has no occurredOn");
        }
        var occurredOn = Rows.date("occurredOn", occurredOnText);
        String occurredAt = text(p, "occurredAt");
        if (occurredAt != null) {
            try {
                OffsetDateTime.parse(occurredAt);
            } catch (DateTimeParseException e) {
                throw new Rows.Refused("occurredAt \"" + occurredAt + "\" is not a date and time with its offset");
            }
        }
        JsonArray path = p.getJsonArray("regionPath");
        if (path == null || path.isEmpty()) {
            throw new Rows.Refused("the strike has no regionPath (its place from the country down)");
        }
        for (JsonObject place : path.getValuesAs(JsonObject.class)) {
            need(place, "name", null, "a place in regionPath");
            need(place, "kind", REGION_KINDS, "a place in regionPath");
        }
        Double latitude = null, longitude = null;
        JsonValue geometry = feature.get("geometry");
        if (geometry instanceof JsonObject point) {
            JsonArray coordinates = point.getJsonArray("coordinates");
            if (!"Point".equals(point.getString("type", null)) || coordinates == null || coordinates.size() != 2) {
                throw new Rows.Refused("the geometry is not a point");
            }
            longitude = coordinates.getJsonNumber(0).doubleValue();
            latitude = coordinates.getJsonNumber(1).doubleValue();
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new Rows.Refused("the point " + coordinates + " is not on the earth");
            }
        }
        String weaponKind = need(p, "weaponKind", WEAPON_KINDS, "the strike");
        JsonArray reports = array(p, "reports");
        for (JsonObject report : reports.getValuesAs(JsonObject.class)) {
            figure(report, "killed");
            figure(report, "injured");
            if (report.isNull("killed") && report.isNull("injured")) {
                throw new Rows.Refused("a report gives no figure");
            }
            need(report, "reportedBy", null, "a report");
            String by = need(report, "reportedByKind", null, "a report");
            if (!by.equals("LEADER") && !ACTOR_KINDS.contains(by)) {
                throw new Rows.Refused("a report's reportedByKind \"" + by + "\" is not LEADER or an actor's kind");
            }
            optionalDate(report, "reportedOn");
        }
        JsonArray attributions = array(p, "attributions");
        for (JsonObject attribution : attributions.getValuesAs(JsonObject.class)) {
            need(attribution, "actor", null, "an attribution");
            need(attribution, "actorKind", ACTOR_KINDS, "an attribution");
            need(attribution, "status", STATUSES, "an attribution");
        }
        JsonArray sources = array(p, "sources");
        for (JsonObject source : sources.getValuesAs(JsonObject.class)) {
            need(source, "title", null, "a source");
            need(source, "quote", null, "a source");
            need(source, "kind", SOURCE_KINDS, "a source");
            optionalDate(source, "publishedOn");
        }
        out.add(line);
        int content = out.mark();
        out.add(id).add(occurredOn.toString()).add(occurredAt).add(path.toString()).add(latitude).add(longitude).add(weaponKind)
                .add(text(p, "weapon")).add(text(p, "target")).add(reports.toString()).add(attributions.toString())
                .add(sources.toString());
        out.add(out.md5Since(content));
        out.end();
    }

    /**
     * Makes the staged strikes in the record; returns {added, changed (always 0), unchanged}.
     * Refusals found only against the record (a strike restored before and different now, a figure
     * given by a leader the record does not know) are added to {@code refused}.
     */
    long[] apply(String fileName, List<ImportReport.Refusal> refused) throws SQLException {
        long unchanged = 0;
        // The same strike twice in one file: the first is taken.
        refuse(refused, "delete from restored r using restored o where o.export_id = r.export_id and o.line < r.line"
                + " returning r.line, 'the strike ' || r.export_id || ' is in the file already, at line ' || o.line");
        try (PreparedStatement st = db.prepareStatement("delete from restored r using external_key k where k.dataset = '" + FORMAT
                + "' and k.external_id = r.export_id returning r.line, r.export_id, k.row_hash = r.row_hash")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(3)) {
                        unchanged++;
                    } else {
                        refused.add(new ImportReport.Refusal(rs.getLong(1), "the strike " + rs.getString(2)
                                + " was restored before and the file now says otherwise: a restore does not correct, an editor does"));
                    }
                }
            }
        }
        refuse(refused, "delete from restored r where exists (select 1 from jsonb_array_elements(r.reports) x"
                + " where x ->> 'reportedByKind' = 'LEADER' and not exists (select 1 from leader l where l.name = x ->> 'reportedBy'))"
                + " returning r.line, 'a figure is reported by a leader this record does not hold: add the leader first'");
        int depth = 0;
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(jsonb_array_length(region_path)), 0) from restored")) {
            rs.next();
            depth = rs.getInt(1);
        }
        // The place, a level at a time from the country down: found by its name under the level above, made where missing.
        for (int level = 0; level < depth; level++) {
            String name = "r.region_path -> " + level + " ->> 'name'";
            String under = "(g.parent_id = r.place or (r.place is null and g.parent_id is null))";
            update("insert into region (name, kind, parent_id) select distinct on (" + name + ", r.place) " + name + ", r.region_path -> "
                    + level + " ->> 'kind', r.place from restored r where jsonb_array_length(r.region_path) > " + level
                    + " and not exists (select 1 from region g where g.name = " + name + " and " + under + ")");
            update("update restored r set place = (select min(g.id) from region g where g.name = " + name + " and " + under + ")"
                    + " where jsonb_array_length(r.region_path) > " + level);
        }
        update("""
                insert into actor (name, kind)
                select distinct on (name) name, kind from (
                    select x ->> 'actor' as name, x ->> 'actorKind' as kind from restored r, jsonb_array_elements(r.attributions) x
                    union all
                    select x ->> 'reportedBy', x ->> 'reportedByKind' from restored r, jsonb_array_elements(r.reports) x
                    where x ->> 'reportedByKind' <> 'LEADER') named
                order by name, kind
                on conflict (name) do nothing""");
        update("""
                create temp table restored_source on commit drop as
                select distinct x.title, x.publisher, x."publishedOn" as published_on, x.url, x.kind
                from restored r, jsonb_to_recordset(r.sources) as x(title text, publisher text, "publishedOn" date, url text, kind text)""");
        update("""
                insert into source (title, publisher, published_on, url, kind)
                select distinct on (title, publisher, published_on, url) title, publisher, published_on, url, kind from restored_source n
                where not exists (select 1 from source s where s.title = n.title and s.publisher is not distinct from n.publisher
                                  and s.published_on is not distinct from n.published_on and s.url is not distinct from n.url)
                order by title, publisher, published_on, url, kind""");
        long added = update("update restored set strike_id = nextval((select pg_get_serial_sequence('strike', 'id')::regclass))");
        update("""
                insert into strike (id, occurred_on, occurred_at, region_id, latitude, longitude, weapon_kind, weapon, target)
                overriding system value
                select strike_id, occurred_on, occurred_at, place, latitude, longitude, weapon_kind, weapon, target from restored order by line""");
        try (PreparedStatement st = db.prepareStatement("""
                insert into external_key (dataset, external_id, fact_kind, fact_id, row_hash, details)
                select ?, export_id, 'STRIKE', strike_id, row_hash, jsonb_build_object('file', ?::text, 'line', line) from restored""")) {
            st.setString(1, FORMAT);
            st.setString(2, fileName);
            st.executeUpdate();
        }
        // Reports, attributions and citations in the order the file gives them, which is the order the export reads them in.
        update("""
                insert into casualty_report (strike_id, killed, killed_qualifier, injured, injured_qualifier,
                                             reported_by_actor_id, reported_by_leader_id, reported_on)
                select r.strike_id, x.killed, x."killedQualifier"::figure_qualifier, x.injured, x."injuredQualifier"::figure_qualifier,
                       case when x."reportedByKind" <> 'LEADER' then (select a.id from actor a where a.name = x."reportedBy") end,
                       case when x."reportedByKind" = 'LEADER' then (select min(l.id) from leader l where l.name = x."reportedBy") end,
                       x."reportedOn"
                from restored r cross join lateral jsonb_array_elements(r.reports) with ordinality as e(item, n)
                cross join lateral jsonb_to_record(e.item) as x(killed int, "killedQualifier" text, injured int, "injuredQualifier" text,
                     "reportedBy" text, "reportedByKind" text, "reportedOn" date)
                order by r.line, e.n""");
        update("""
                insert into attribution (strike_id, actor_id, status)
                select r.strike_id, (select a.id from actor a where a.name = x.actor), x.status
                from restored r cross join lateral jsonb_array_elements(r.attributions) with ordinality as e(item, n)
                cross join lateral jsonb_to_record(e.item) as x(actor text, status text)
                order by r.line, e.n""");
        update("""
                insert into citation (source_id, quote, speaker, strike_id)
                select (select min(s.id) from source s where s.title = x.title and s.publisher is not distinct from x.publisher
                            and s.published_on is not distinct from x."publishedOn" and s.url is not distinct from x.url),
                       x.quote, x.speaker, r.strike_id
                from restored r cross join lateral jsonb_array_elements(r.sources) with ordinality as e(item, n)
                cross join lateral jsonb_to_record(e.item) as x(title text, publisher text, "publishedOn" date, url text, quote text,
                     speaker text)
                order by r.line, e.n""");
        return new long[] { added, 0, unchanged };
    }

    private void refuse(List<ImportReport.Refusal> refused, String statement) throws SQLException {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(statement)) {
            while (rs.next()) {
                refused.add(new ImportReport.Refusal(rs.getLong(1), rs.getString(2)));
            }
        }
    }

    private long update(String statement) throws SQLException {
        try (var st = db.createStatement()) {
            return st.executeLargeUpdate(statement);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof jakarta.json.JsonString string ? string.getString() : null;
    }

    private static JsonArray array(JsonObject object, String name) throws Rows.Refused {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(item -> !(item instanceof JsonObject))) {
            throw new Rows.Refused(name + " is not a list of objects");
        }
        return array;
    }

    private static String need(JsonObject object, String name, Set<String> allowed, String what) throws Rows.Refused {
        String value = text(object, name);
        if (value == null || value.isBlank()) {
            throw new Rows.Refused(what + " has no " + name);
        }
        if (allowed != null && !allowed.contains(value)) {
            throw new Rows.Refused(what + "'s " + name + " \"" + value + "\" is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    private static void optionalDate(JsonObject object, String name) throws Rows.Refused {
        String value = text(object, name);
        if (value != null) {
            Rows.date(name, value);
        }
    }

    /** A figure and its qualifier, both or neither. */
    private static void figure(JsonObject report, String name) throws Rows.Refused {
        JsonValue value = report.get(name);
        String qualifier = text(report, name + "Qualifier");
        boolean given = value instanceof JsonNumber;
        if (given != (qualifier != null)) {
            throw new Rows.Refused("a report gives " + name + " and its qualifier, both or neither");
        }
        if (given && (!((JsonNumber) value).isIntegral() || ((JsonNumber) value).longValue() < 0 || ((JsonNumber) value).longValue() > Integer.MAX_VALUE)) {
            throw new Rows.Refused("a report's " + name + " " + value + " is not a whole number of people");
        }
        if (given && !QUALIFIERS.contains(qualifier)) {
            throw new Rows.Refused("a report's " + name + "Qualifier \"" + qualifier + "\" is not one of " + String.join(", ", QUALIFIERS));
        }
    }

    private static <E> Set<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toUnmodifiableSet());
    }
}
