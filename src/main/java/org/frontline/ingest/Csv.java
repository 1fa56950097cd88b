package org.frontline.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of an RFC 4180 file, one at a time: fields separated by commas, quoted with double quotes
 * where they hold commas, quotes (doubled) or line breaks; lines end in CRLF or LF. Each record
 * knows the line it starts on, which is what a refusal names. A quote left open to the end of the
 * file is a record of its own with {@link Record#fault()} set, so that the caller refuses it like
 * any other bad row.
 * <p>
 * Written here rather than taken from a library: the format is this small, and none of the CSV
 * libraries is in the Quarkus platform the service builds on.
 */
final class Csv implements AutoCloseable {

    /** One record: the fields as written, the line it starts on, and what is wrong with its form. */
    record Record(List<String> fields, long line, String fault) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int at;
    private long line = 1;
    private final StringBuilder field = new StringBuilder();

    Csv(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the file. Blank lines are skipped. */
    Record next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                endOfLine();
                continue;
            }
            return record();
        }
    }

    private Record record() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            int c = peek();
            String fault = null;
            if (c == '"') {
                at++;
                fault = quoted();
            } else {
                while ((c = peek()) >= 0 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    at++;
                }
            }
            fields.add(field.toString());
            if (fault != null) {
                skipToEndOfLine();
                return new Record(fields, start, fault);
            }
            c = peek();
            if (c == ',') {
                at++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                endOfLine();
            }
            return new Record(fields, start, null);
        }
    }

    /** A quoted field's text, up to its closing quote; a fault where the field is not closed properly. */
    private String quoted() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return "a quoted field is not closed before the end of the file";
            }
            at++;
            if (c == '"') {
                int after = peek();
                if (after == '"') {
                    field.append('"');
                    at++;
                    continue;
                }
                if (after < 0 || after == ',' || after == '\n' || after == '\r') {
                    return null;
                }
                return "a quoted field has text after its closing quote";
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endOfLine() throws IOException {
        if (peek() == '\r') {
            at++;
        }
        if (peek() == '\n') {
            at++;
        }
        line++;
    }

    private void skipToEndOfLine() throws IOException {
        int c;
        while ((c = peek()) >= 0 && c != '\n' && c != '\r') {
            at++;
        }
        if (c >= 0) {
            endOfLine();
        }
    }

    private int peek() throws IOException {
        if (at == length) {
            length = in.read(buffer, 0, buffer.length);
            at = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[at];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
