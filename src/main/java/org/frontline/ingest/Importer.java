package org.frontline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports a file into the record in one transaction: each row read and checked (a bad one is
 * refused with its line and the reason, and the rest go on), the good ones sent with COPY into a
 * staging table of the transaction, then set-based SQL over all of them (EventImport). The
 * transaction commits whole or not at all: an import stopped halfway leaves the record as it was,
 * and running it again does the whole of it. A dry run does the same work and rolls it back.
 * <p>
 * Over JDBC (the datasource Flyway uses) rather than the reactive pool: COPY and a long
 * transaction of a few statements are what JDBC does plainly, and the import runs without the
 * HTTP server (ImportCommand) as well as behind it (ImportUpload).
 */
@ApplicationScoped
public class Importer {

    /** The formats by the name the command and the upload take. */
    public static final List<String> FORMATS = List.of("acled", "ucdp", "ftm", Restore.FORMAT);

    private final DataSource data;

    Importer(DataSource data) {
        this.data = data;
    }

    static EventFormat format(String name) {
        return switch (name) {
            case "acled" -> new Acled();
            case "ucdp" -> new Ucdp();
            default -> null;
        };
    }

    /**
     * Imports {@code in}, a file of {@code size} bytes (0 if unknown) in {@code formatName}, as {@code user}.
     * Fails with {@link Rows.Refused} where the file cannot be read as that format at all (its header).
     */
    public ImportReport run(String formatName, InputStream in, long size, String fileName, String user, boolean dryRun,
            Progress progress) throws IOException, SQLException, Rows.Refused {
        if (formatName.equals(Ftm.DATASET)) {
            return entities(in, fileName, user, dryRun, progress);
        }
        if (formatName.equals(Restore.FORMAT)) {
            return restore(in, fileName, user, dryRun, progress);
        }
        EventFormat format = format(formatName);
        if (format == null) {
            throw new Rows.Refused("there is no format " + formatName + "; the formats are " + String.join(", ", FORMATS));
        }
        long started = System.currentTimeMillis();
        MessageDigest sha = sha256();
        Counting counted = new Counting(in);
        List<ImportReport.Refusal> refused = new ArrayList<>();
        long refusedCount = 0;
        long rows = 0;
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            try {
                begin(db, user, EventRow.STAGING);
                try (Csv csv = new Csv(new InputStreamReader(new DigestInputStream(counted, sha), StandardCharsets.UTF_8));
                        OutputStream copy = new PGCopyOutputStream(db.unwrap(PGConnection.class),
                                "copy staged (" + EventRow.COLUMNS + ") from stdin", 1 << 16)) {
                    Csv.Record header = csv.next();
                    if (header == null) {
                        throw new Rows.Refused("the file is empty: it has no header");
                    }
                    Rows fields = new Rows(header.fields(), format.required());
                    CopyText out = new CopyText(copy);
                    Csv.Record record;
                    while ((record = csv.next()) != null) {
                        rows++;
                        try {
                            if (record.fault() != null) {
                                throw new Rows.Refused(record.fault());
                            }
                            fields.at(record.fields());
                            format.read(fields, record.line()).copy(out);
                        } catch (Rows.Refused bad) {
                            if (refusedCount++ < ImportReport.LISTED) {
                                refused.add(new ImportReport.Refusal(record.line(), bad.getMessage()));
                            }
                        }
                        if ((rows & 0x3ff) == 0) {
                            progress.read(counted.count, rows);
                        }
                    }
                    out.flush();
                    progress.read(counted.count, rows);
                }
                progress.step("Read " + rows + " rows; matching events, places, sources and actors");
                EventImport work = new EventImport(db, format, fileName, progress);
                for (ImportReport.Refusal duplicate : work.duplicates()) {
                    if (refusedCount++ < ImportReport.LISTED) {
                        refused.add(duplicate);
                    }
                }
                refused.sort((a, b) -> Long.compare(a.line(), b.line()));
                long fileSource = fileSource(db, format.reporter(), fileName, HexFormat.of().formatHex(sha.digest()), user);
                long reporter = work.sourcesAndActors();
                work.places(fileSource);
                long[] counts = work.classify();
                if (counts[3] > 0) {
                    progress.step("Joining " + counts[3] + " events to strikes already in the record");
                    work.join(fileSource, reporter);
                }
                if (counts[0] > counts[3]) {
                    work.addNew(fileSource, reporter);
                }
                if (counts[1] > 0) {
                    progress.step("Correcting " + counts[1] + " changed events");
                    work.correct(fileSource, reporter);
                }
                // A temporary view lasts the session, and would hold the staging table that the commit drops.
                try (var st = db.createStatement()) {
                    st.execute("drop view if exists classified");
                }
                if (dryRun) {
                    db.rollback();
                } else {
                    logRun(db, fileSource, formatName, user, counts[0], counts[1], counts[2], refusedCount);
                    progress.step("Committing");
                    db.commit();
                }
                progress.step("Done");
                return new ImportReport(formatName, fileName, dryRun, rows, counts[0], counts[3], counts[1], counts[2], refusedCount,
                        List.copyOf(refused), System.currentTimeMillis() - started);
            } catch (IOException | SQLException | Rows.Refused | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** The source standing for the file (found by its SHA-256 if imported before, made otherwise). */
    static long fileSource(Connection db, String reporter, String fileName, String sha256, String user) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "select fact_id from external_key where dataset = 'file' and external_id = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement st = db.prepareStatement("""
                with made as (
                    insert into source (title, kind, description) values (?, 'DATASET', ?) returning id)
                insert into external_key (dataset, external_id, fact_kind, fact_id)
                select 'file', ?, 'SOURCE', id from made returning fact_id""")) {
            st.setString(1, reporter + " file " + fileName);
            st.setString(2, reporter + "-style events file " + fileName + " (SHA-256 " + sha256 + "), imported by " + user + ".");
            st.setString(3, sha256);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** FollowTheMoney entities, one JSON object a line (see Ftm): small files, read and staged with batched inserts. */
    private ImportReport entities(InputStream in, String fileName, String user, boolean dryRun, Progress progress)
            throws IOException, SQLException {
        long started = System.currentTimeMillis();
        MessageDigest sha = sha256();
        List<ImportReport.Refusal> refused = new ArrayList<>();
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            try {
                begin(db, user, Ftm.STAGING);
                Ftm ftm = new Ftm(db, fileName);
                long rows = ftm.stage(new java.io.BufferedReader(new InputStreamReader(new DigestInputStream(in, sha),
                        StandardCharsets.UTF_8)), refused);
                progress.step("Read " + rows + " entities; matching persons, sanctions and their targets");
                long fileSource = fileSource(db, "FollowTheMoney", fileName, HexFormat.of().formatHex(sha.digest()), user);
                long[] counts = ftm.apply(fileSource, refused);
                refused.sort((a, b) -> Long.compare(a.line(), b.line()));
                if (dryRun) {
                    db.rollback();
                } else {
                    logRun(db, fileSource, Ftm.DATASET, user, counts[0], counts[1], counts[2], refused.size());
                    db.commit();
                }
                progress.step("Done");
                return new ImportReport(Ftm.DATASET, fileName, dryRun, rows, counts[0], 0, counts[1], counts[2], refused.size(),
                        refused.size() > ImportReport.LISTED ? List.copyOf(refused.subList(0, ImportReport.LISTED)) : List.copyOf(refused),
                        System.currentTimeMillis() - started);
            } catch (IOException | SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** Frontline's own GeoJSON export (see Restore): read a feature at a time and staged with COPY. */
    private ImportReport restore(InputStream in, String fileName, String user, boolean dryRun, Progress progress)
            throws IOException, SQLException, Rows.Refused {
        long started = System.currentTimeMillis();
        MessageDigest sha = sha256();
        Counting counted = new Counting(in);
        List<ImportReport.Refusal> refused = new ArrayList<>();
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            try {
                begin(db, user, Restore.STAGING);
                Restore restore = new Restore(db);
                long rows;
                try (OutputStream copy = new PGCopyOutputStream(db.unwrap(PGConnection.class),
                        "copy restored (" + Restore.COLUMNS + ") from stdin", 1 << 16)) {
                    rows = restore.stage(new InputStreamReader(new DigestInputStream(counted, sha), StandardCharsets.UTF_8),
                            new CopyText(copy), refused, progress, () -> counted.count);
                }
                progress.step("Read " + rows + " strikes; finding their places, actors and sources");
                long fileSource = fileSource(db, "Frontline", fileName, HexFormat.of().formatHex(sha.digest()), user);
                long[] counts = restore.apply(fileName, refused);
                refused.sort((a, b) -> Long.compare(a.line(), b.line()));
                if (dryRun) {
                    db.rollback();
                } else {
                    logRun(db, fileSource, Restore.FORMAT, user, counts[0], counts[1], counts[2], refused.size());
                    db.commit();
                }
                progress.step("Done");
                return new ImportReport(Restore.FORMAT, fileName, dryRun, rows, counts[0], 0, counts[1], counts[2], refused.size(),
                        refused.size() > ImportReport.LISTED ? List.copyOf(refused.subList(0, ImportReport.LISTED)) : List.copyOf(refused),
                        System.currentTimeMillis() - started);
            } catch (IOException | SQLException | Rows.Refused | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /**
     * Sets up the import's one transaction: who imports (frontline.user, as the history records
     * it), its turn (one import at a time: two would each find an event new and both add it), no
     * statement timeout, memory to hash and sort a million staged rows and build indexes without
     * temporary files, and the format's staging table.
     */
    private static void begin(Connection db, String user, String staging) throws SQLException {
        try (var st = db.prepareStatement("select set_config('frontline.user', ?, true)")) {
            st.setString(1, user);
            st.execute();
        }
        try (var st = db.createStatement()) {
            st.execute("select pg_advisory_xact_lock(hashtext('frontline.import'))");
            st.execute("set local statement_timeout = 0");
            st.execute("set local work_mem = '256MB'");
            st.execute("set local maintenance_work_mem = '512MB'");
            st.execute(staging);
        }
    }

    /** Records an import that changed the record (import_run, V17), which logs its commit for live readers. */
    private static void logRun(Connection db, long source, String format, String user, long added, long changed, long unchanged,
            long refused) throws SQLException {
        if (added + changed == 0) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement("insert into import_run (source_id, format, imported_by, added, changed,"
                + " unchanged, refused) values (?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, source);
            st.setString(2, format);
            st.setString(3, user);
            st.setLong(4, added);
            st.setLong(5, changed);
            st.setLong(6, unchanged);
            st.setLong(7, refused);
            st.executeUpdate();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts the bytes read, for the progress of a file whose size is known. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
