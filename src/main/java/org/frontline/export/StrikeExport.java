package org.frontline.export;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeFilter;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * The strikes any strike filter selects, as CSV or as GeoJSON, streamed: a cursor
 * reads them in batches and each batch is written out before the next is read, so that memory stays
 * the same for ten strikes or a million and the first bytes leave at once.
 * <p>
 * {@code GET /export/strikes.csv} and {@code /export/strikes.geojson}, or {@code /export/strikes}
 * with Accept naming text/csv or application/geo+json. The filter is the strikes list's, one query
 * parameter per field of StrikeFilter ({@code region}, {@code from}, {@code to}, {@code weaponKind},
 * {@code weapon}, {@code attributedTo}, {@code attributionStatus}, {@code minKilled},
 * {@code includeRetired}), and {@code within=west,south,east,north} for the bounding box.
 */
@ApplicationScoped
public class StrikeExport {

    /** One line per strike, its figures with their qualifiers in columns of their own, attributions and sources in a cell each. */
    static final ExportRows CSV = new CsvRows(List.of("id", "occurred_on", "occurred_at", "region_id", "region", "region_path", "latitude", "longitude",
            "weapon_kind", "weapon", "target", "killed", "killed_qualifier", "injured", "injured_qualifier", "retired_at",
            "attributions", "sources"),
            Map.of("region", row -> row.getValue("region_name"),
                    "region_path", CsvRows.joined("region_path", p -> p.getString("name"), " > "),
                    "attributions", CsvRows.joined("attributions", a -> a.getString("actor") + " (" + a.getString("status") + ")"),
                    "sources", CsvRows.joined("sources", CsvRows::quoted)));

    /**
     * A point per strike, its fields, every figure reported (with who reported it), its place from the
     * country down, attributions and sources (each with its quoted sentence) as properties: all that
     * the import format {@code frontline} needs to make the same strikes again in another record.
     */
    static final ExportRows GEOJSON = new GeoJsonRows(row -> new JsonObject()
            .put("id", String.valueOf(row.getLong("id")))
            .put("occurredOn", String.valueOf(row.getLocalDate("occurred_on")))
            .put("occurredAt", GeoJsonRows.text(row, "occurred_at"))
            .put("regionId", String.valueOf(row.getLong("region_id")))
            .put("region", row.getString("region_name"))
            .put("regionPath", GeoJsonRows.array(row, "region_path"))
            .put("weaponKind", row.getString("weapon_kind"))
            .put("weapon", row.getString("weapon"))
            .put("target", row.getString("target"))
            .put("killed", row.getInteger("killed"))
            .put("killedQualifier", row.getString("killed_qualifier"))
            .put("injured", row.getInteger("injured"))
            .put("injuredQualifier", row.getString("injured_qualifier"))
            .put("reports", GeoJsonRows.array(row, "reports"))
            .put("retiredAt", GeoJsonRows.text(row, "retired_at"))
            .put("attributions", GeoJsonRows.array(row, "attributions"))
            .put("sources", GeoJsonRows.array(row, "sources")));

    void route(@Observes Router router, Exports exports) {
        exports.route(router, "strikes", CSV, GEOJSON, parameters -> {
            Where where = StrikeFilter.forPage(FilterParameters.read(StrikeFilter.class, parameters), new Where());
            return new Exports.Query(Strike.EXPORT + " where " + where.sql() + Strike.EXPORT_ORDER, where);
        });
    }
}
