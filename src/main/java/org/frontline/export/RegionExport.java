package org.frontline.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.region.Region;
import org.frontline.region.RegionFilter;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

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

    /** A point per region (where it has one), control and claims as arrays. */
    private static final ExportRows GEOJSON = new GeoJsonRows(row -> new JsonObject()
            .put("id", String.valueOf(row.getLong("id")))
            .put("name", row.getString("name"))
            .put("kind", row.getString("kind"))
            .put("parentId", GeoJsonRows.text(row, "parent_id"))
            .put("parent", row.getString("parent"))
            .put("retiredAt", GeoJsonRows.text(row, "retired_at"))
            .put("on", String.valueOf(row.getLocalDate("on_date")))
            .put("control", GeoJsonRows.array(row, "control"))
            .put("claims", GeoJsonRows.array(row, "claims")));

    void route(@Observes Router router, Exports exports) {
        exports.route(router, "regions", CSV, GEOJSON, parameters -> {
            RegionFilter filter = FilterParameters.read(RegionFilter.class, parameters);
            Where where = new Where();
            String select = Region.export(where, filter.on() != null ? filter.on() : LocalDate.now());
            Region.filter(filter, where);
            return new Exports.Query(select + " where " + where.sql() + Region.EXPORT_ORDER, where);
        });
    }
}
