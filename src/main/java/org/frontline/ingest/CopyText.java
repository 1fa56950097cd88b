package org.frontline.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's COPY text format, written to the stream a COPY ... FROM STDIN reads, a
 * megabyte at a time, so that the server parses one chunk while the importer reads the next.
 */
public final class CopyText {

    private static final int CHUNK = 1 << 20;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);
    private boolean first = true;

    CopyText(OutputStream out) {
        this.out = out;
    }

    CopyText add(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        escape(value.toString(), buffer);
        return this;
    }

    /** A field's text as COPY's text format writes it: backslash, tab and line breaks escaped. */
    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Where the row's next field starts, for {@link #md5Since}. */
    int mark() {
        return buffer.length();
    }

    /** The md5, in hex, of the row's text from {@code mark} on: what the row says, in the form it is staged. */
    String md5Since(int mark) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(buffer.substring(mark).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    void end() {
        buffer.append('\n');
        first = true;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    void flush() {
        try {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
