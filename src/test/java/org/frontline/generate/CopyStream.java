package org.frontline.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's COPY ... FROM STDIN on a connection of its own, fed row by row in PostgreSQL's text
 * format. Rows are buffered and sent a megabyte at a time, so that the backend parses one chunk
 * while the generator builds the next: on two cores that overlap is most of the speed.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final String table;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;
    private boolean first = true;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    CopyStream add(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String text) {
            escape(text);
        } else {
            buffer.append(value);
        }
        return this;
    }

    CopyStream add(long value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        buffer.append(value);
        return this;
    }

    CopyStream add(LocalDate date) {
        return add((Object) date);
    }

    /** Ends the row; sends the buffer once it holds a chunk. */
    void end() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    private void escape(String text) {
        org.frontline.ingest.CopyText.escape(text, buffer);
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    /** Sends what is left and ends the COPY; the caller commits the connection. */
    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
