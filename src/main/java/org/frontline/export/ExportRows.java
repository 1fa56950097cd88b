package org.frontline.export;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;

/** How one export writes its rows in one format: what comes first, each row, what comes last. */
interface ExportRows {

    ExportFormat format();

    /** What comes before the first row. */
    Buffer start();

    /** One row, appended to {@code out}; {@code first} for the first row. */
    void write(Row row, boolean first, Buffer out);

    /** What comes after the last row. */
    Buffer end();
}
