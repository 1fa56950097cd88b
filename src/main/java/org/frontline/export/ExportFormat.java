package org.frontline.export;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * How an exported strike is written. CSV for spreadsheets: one row per strike, the figures with their
 * qualifiers in columns of their own, attributions and sources joined into one cell each. GeoJSON
 * for map tools (QGIS, kepler.gl): a FeatureCollection of points, a strike without a known point
 * written with a null geometry as the format allows, its fields, figures, attributions and sources
 * (each with its quoted sentence) as properties.
 */
enum ExportFormat implements ExportRows {

    CSV("text/csv; charset=UTF-8; header=present", "csv") {
        private static final String[] COLUMNS = {"id", "occurred_on", "occurred_at", "region_id", "region", "latitude", "longitude",
            "weapon_kind", "weapon", "target", "killed", "killed_qualifier", "injured", "injured_qualifier", "retired_at",
            "attributions", "sources"};

        @Override
        public Buffer start() {
            return Buffer.buffer(String.join(",", COLUMNS) + "\r\n");
        }

        @Override
        public void write(Row row, boolean first, Buffer out) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < COLUMNS.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object value = switch (COLUMNS[i]) {
                    case "region" -> row.getValue("region_name");
                    case "attributions" -> joined(row, "attributions", a -> a.getString("actor") + " (" + a.getString("status") + ")");
                    case "sources" -> joined(row, "sources", c -> c.getString("title") + ": \u201c" + c.getString("quote") + "\u201d");
                    default -> row.getValue(COLUMNS[i]);
                };
                line.append(cell(value));
            }
            out.appendString(line.append("\r\n").toString());
        }

        @Override
        public Buffer end() {
            return Buffer.buffer();
        }
    },

    GEOJSON("application/geo+json", "geojson") {
        @Override
        public Buffer start() {
            return Buffer.buffer("{\"type\":\"FeatureCollection\",\"features\":[");
        }

        @Override
        public void write(Row row, boolean first, Buffer out) {
            Double latitude = row.getDouble("latitude");
            Double longitude = row.getDouble("longitude");
            JsonObject properties = new JsonObject()
                    .put("id", String.valueOf(row.getLong("id")))
                    .put("occurredOn", String.valueOf(row.getLocalDate("occurred_on")))
                    .put("occurredAt", row.getValue("occurred_at") == null ? null : row.getValue("occurred_at").toString())
                    .put("regionId", String.valueOf(row.getLong("region_id")))
                    .put("region", row.getString("region_name"))
                    .put("weaponKind", row.getString("weapon_kind"))
                    .put("weapon", row.getString("weapon"))
                    .put("target", row.getString("target"))
                    .put("killed", row.getInteger("killed"))
                    .put("killedQualifier", row.getString("killed_qualifier"))
                    .put("injured", row.getInteger("injured"))
                    .put("injuredQualifier", row.getString("injured_qualifier"))
                    .put("retiredAt", row.getValue("retired_at") == null ? null : row.getValue("retired_at").toString())
                    .put("attributions", array(row, "attributions"))
                    .put("sources", array(row, "sources"));
            JsonObject feature = new JsonObject().put("type", "Feature").put("id", String.valueOf(row.getLong("id")))
                    .put("geometry", latitude == null || longitude == null ? null
                            : new JsonObject().put("type", "Point").put("coordinates", new JsonArray().add(longitude).add(latitude)))
                    .put("properties", properties);
            if (!first) {
                out.appendString(",");
            }
            out.appendString("\n").appendString(feature.encode());
        }

        @Override
        public Buffer end() {
            return Buffer.buffer("\n]}\n");
        }
    };

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public String extension() {
        return extension;
    }

    /** The format an Accept header asks for, the first it names that is offered; null where it names neither. */
    static ExportFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return CSV;
        }
        for (String entry : accept.split(",")) {
            String type = entry.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
            switch (type) {
                case "text/csv", "text/*", "*/*":
                    return CSV;
                case "application/geo+json", "application/json":
                    return GEOJSON;
                default:
                    break;
            }
        }
        return null;
    }

    /** A JSON array column (attributions, sources) as a list; empty where the strike has none. */
    private static JsonArray array(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof JsonArray array ? array : new JsonArray();
    }

    private static String joined(Row row, String column, java.util.function.Function<JsonObject, String> item) {
        JsonArray array = array(row, column);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                joined.append(" | ");
            }
            joined.append(item.apply(array.getJsonObject(i)));
        }
        return joined.toString();
    }

    /** A CSV cell (RFC 4180): quoted where it holds a comma, a quote or a line break. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
