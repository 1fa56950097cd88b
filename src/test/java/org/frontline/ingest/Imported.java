package org.frontline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * What the import tests share: a start of the service on a database of its own (the profile), so
 * that the strikes they import never reach the other tests' counts, and small helpers to import a
 * fixture of src/test/resources/ingest and to read the record back.
 */
final class Imported {

    private Imported() {
    }

    /** The import tests' own start and database. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4");
        }
    }

    static ImportReport fixture(Importer importer, String format, String name, boolean dryRun) throws Exception {
        byte[] bytes = bytes(name);
        return importer.run(format, new java.io.ByteArrayInputStream(bytes), bytes.length, name, "test-editor", dryRun,
                Progress.logged(bytes.length));
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = Imported.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture ingest/" + name);
            }
            return in.readAllBytes();
        }
    }

    static long count(DataSource data, String sql) throws SQLException {
        try (Connection db = data.getConnection(); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(DataSource data, String sql) throws SQLException {
        try (Connection db = data.getConnection(); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
