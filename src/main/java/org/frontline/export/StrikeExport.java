package org.frontline.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeFilter;

import io.vertx.ext.web.Router;

/**
 * The strikes any strike filter selects, as CSV or as GeoJSON (ExportFormat), streamed: a cursor
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

    void route(@Observes Router router, Exports exports) {
        exports.route(router, "strikes", ExportFormat.CSV, ExportFormat.GEOJSON, parameters -> {
            Where where = StrikeFilter.forPage(FilterParameters.read(StrikeFilter.class, parameters), new Where());
            return new Exports.Query(Strike.EXPORT + " where " + where.sql() + Strike.EXPORT_ORDER, where);
        });
    }
}
