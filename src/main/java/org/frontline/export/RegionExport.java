package org.frontline.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.region.Region;
import org.frontline.region.RegionFilter;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Row;

/**
 * The regions any region filter selects, each with who controlled it and who claimed it on a date,
 * as CSV or as GeoJSON points: {@code GET /export/regions.csv}, {@code /export/regions.geojson},
 * or {@code /export/regions} by Accept, one query parameter per field of RegionFilter ({@code name},
 * {@code kind}, {@code parent}, {@code within}, {@code controlledBy}, {@code claimedBy}, {@code on},
 * {@code includeRetired}). The date is the filter's {@code on}, today when not given: a map of
 * control on 30 September 2022 is {@code ?on=2022-09-30}.
 */
@ApplicationScoped
public class RegionExport {

    private static final ExportRows CSV = new CsvRows(List.of("id", "name", "kind", "parent_id", "parent", "latitude", "longitude",
            "retired_at", "on_date", "control", "claims"),
            Map.of("control", CsvRows.joined("control", c -> c.getString("controller") + " (" + c.getString("extent")
                    + (c.getValue("sharePercent") == null ? "" : ", " + c.getValue("sharePercent") + "%") + ", since " + c.getString("since") + ")"),
                    "claims", CsvRows.joined("claims", c -> c.getString("claimant") + " (since " + c.getString("since") + ")")));

    /** A FeatureCollection of points, a region without a known point written with a null geometry. */
    private static final ExportRows GEOJSON = new ExportRows() {
        @Override
        public String contentType() {
            return ExportFormat.GEOJSON.contentType;
        }

        @Override
        public String extension() {
            return ExportFormat.GEOJSON.extension;
        }

        @Override
        public Buffer start() {
            return ExportFormat.GEOJSON.start();
        }

        @Override
        public void write(Row row, boolean first, Buffer out) {
            Double latitude = row.getDouble("latitude");
            Double longitude = row.getDouble("longitude");
            JsonObject properties = new JsonObject()
                    .put("id", String.valueOf(row.getLong("id")))
                    .put("name", row.getString("name"))
                    .put("kind", row.getString("kind"))
                    .put("parentId", row.getLong("parent_id") == null ? null : String.valueOf(row.getLong("parent_id")))
                    .put("parent", row.getString("parent"))
                    .put("retiredAt", row.getValue("retired_at") == null ? null : row.getValue("retired_at").toString())
                    .put("on", String.valueOf(row.getLocalDate("on_date")))
                    .put("control", array(row, "control"))
                    .put("claims", array(row, "claims"));
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
            return ExportFormat.GEOJSON.end();
        }
    };

    void route(@Observes Router router, Exports exports) {
        exports.route(router, "regions", CSV, GEOJSON, parameters -> {
            RegionFilter filter = FilterParameters.read(RegionFilter.class, parameters);
            Where where = new Where();
            String select = Region.export(where, filter.on() != null ? filter.on() : LocalDate.now());
            Region.filter(filter, where);
            return new Exports.Query(select + " where " + where.sql() + Region.EXPORT_ORDER, where);
        });
    }

    private static JsonArray array(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof JsonArray array ? array : new JsonArray();
    }
}
