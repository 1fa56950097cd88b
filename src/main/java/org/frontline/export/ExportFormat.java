package org.frontline.export;

/**
 * The two forms an export takes. CSV for spreadsheets (RFC 4180, a header row; {@link CsvRows}).
 * GeoJSON for map tools (QGIS, kepler.gl): a FeatureCollection of points, a row without a known
 * point written with a null geometry as the format allows ({@link GeoJsonRows}).
 */
enum ExportFormat {

    CSV("text/csv; charset=UTF-8; header=present", "csv"),
    GEOJSON("application/geo+json", "geojson");

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
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
}
