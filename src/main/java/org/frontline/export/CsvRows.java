package org.frontline.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * Rows as CSV for spreadsheets (RFC 4180, header present): one line per row, a column per value,
 * each column the statement's column of the same name unless a cell of its own is given (a JSON
 * array of sources joined into one readable cell, say).
 */
final class CsvRows implements ExportRows {

    private final List<String> columns;
    private final Map<String, Function<Row, Object>> cells;

    CsvRows(List<String> columns, Map<String, Function<Row, Object>> cells) {
        this.columns = columns;
        this.cells = cells;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public Buffer start() {
        return Buffer.buffer(String.join(",", columns) + "\r\n");
    }

    @Override
    public void write(Row row, boolean first, Buffer out) {
        StringBuilder line = new StringBuilder(256);
        for (String column : columns) {
            if (line.length() > 0) {
                line.append(',');
            }
            Function<Row, Object> cell = cells.get(column);
            line.append(cell(cell == null ? row.getValue(column) : cell.apply(row)));
        }
        out.appendString(line.append("\r\n").toString());
    }

    @Override
    public Buffer end() {
        return Buffer.buffer();
    }

    /** A JSON array column as one cell: each item written by {@code item}, joined by " | ". */
    static Function<Row, Object> joined(String column, Function<JsonObject, String> item) {
        return joined(column, item, " | ");
    }

    /** A JSON array column as one cell: each item written by {@code item}, joined by {@code separator}. */
    static Function<Row, Object> joined(String column, Function<JsonObject, String> item, String separator) {
        return row -> {
            Object value = row.getValue(column);
            if (!(value instanceof JsonArray array)) {
                return "";
            }
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    joined.append(separator);
                }
                joined.append(item.apply(array.getJsonObject(i)));
            }
            return joined.toString();
        };
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

    /** A source as one readable item: its title, then the sentence quoted. */
    static String quoted(JsonObject source) {
        return source.getString("title") + ": \u201c" + source.getString("quote") + "\u201d";
    }
}
