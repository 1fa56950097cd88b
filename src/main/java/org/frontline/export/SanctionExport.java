package org.frontline.export;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.frontline.db.Where;
import org.frontline.sanction.Sanction;
import org.frontline.sanction.SanctionFilter;

import io.vertx.ext.web.Router;

/**
 * The sanctions any sanction filter selects, with their targets, as CSV: {@code GET
 * /export/sanctions.csv} (or {@code /export/sanctions} asking for text/csv), one query parameter
 * per field of SanctionFilter ({@code authority}, {@code target}, {@code targetName}, {@code from},
 * {@code to}, {@code includeRetired}). One line per target, the sanction's columns repeated, so
 * that a spreadsheet can count and filter targets; a sanction that names none has one line with its
 * target columns empty. Sanctions have no place, so no GeoJSON.
 */
@ApplicationScoped
public class SanctionExport {

    private static final ExportRows CSV = new CsvRows(List.of("id", "authority", "title", "programme", "announced_on", "lifted_on",
            "stated_target_count", "stated_target_count_qualifier", "retired_at", "target_id", "target_name", "target_kind",
            "target_leader_id", "delisted_on", "sources", "target_sources"),
            Map.of("sources", CsvRows.joined("sources", CsvRows::quoted), "target_sources", CsvRows.joined("target_sources", CsvRows::quoted)));

    void route(@Observes Router router, Exports exports) {
        exports.route(router, "sanctions", CSV, null, parameters -> {
            Where where = Sanction.filter(FilterParameters.read(SanctionFilter.class, parameters));
            return new Exports.Query(Sanction.EXPORT + " where " + where.sql() + Sanction.EXPORT_ORDER, where);
        });
    }
}
