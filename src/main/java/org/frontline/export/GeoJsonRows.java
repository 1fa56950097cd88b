package org.frontline.export;

import java.util.function.Function;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * Rows as a GeoJSON FeatureCollection of points, one feature a row: its id the statement's
 * {@code id}, its point the statement's {@code latitude} and {@code longitude} (longitude first, as
 * GeoJSON has it; a null geometry where the row has no point), its properties what {@code properties}
 * makes of the row.
 */
final class GeoJsonRows implements ExportRows {

    private final Function<Row, JsonObject> properties;

    GeoJsonRows(Function<Row, JsonObject> properties) {
        this.properties = properties;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.GEOJSON;
    }

    @Override
    public Buffer start() {
        return Buffer.buffer("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    @Override
    public void write(Row row, boolean first, Buffer out) {
        Double latitude = row.getDouble("latitude");
        Double longitude = row.getDouble("longitude");
        JsonObject feature = new JsonObject().put("type", "Feature").put("id", String.valueOf(row.getLong("id")))
                .put("geometry", latitude == null || longitude == null ? null
                        : new JsonObject().put("type", "Point").put("coordinates", new JsonArray().add(longitude).add(latitude)))
                .put("properties", properties.apply(row));
        if (!first) {
            out.appendString(",");
        }
        out.appendString("\n").appendString(feature.encode());
    }

    @Override
    public Buffer end() {
        return Buffer.buffer("\n]}\n");
    }

    /** A JSON array column as an array property; empty where the row has none. */
    static JsonArray array(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof JsonArray array ? array : new JsonArray();
    }

    /** A column's value as text, or null: ids as strings (as the API gives them), timestamps as ISO 8601. */
    static String text(Row row, String column) {
        Object value = row.getValue(column);
        return value == null ? null : value.toString();
    }
}
