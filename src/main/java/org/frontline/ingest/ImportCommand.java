package org.frontline.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point. With no arguments it is the API, as always. With
 * {@code import FORMAT FILE [--dry-run] [--as NAME]} it imports the file into the configured database
 * (migrating it first, as a start does), prints the report and exits, without opening the HTTP port:
 * an import needs no running server and does not collide with one.
 */
@QuarkusMain
public class ImportCommand implements QuarkusApplication {

    private static final String USAGE = "Usage: java -jar quarkus-run.jar import FORMAT FILE [--dry-run] [--as NAME]\n"
            + "  FORMAT is one of " + String.join(", ", Importer.FORMATS) + "; --dry-run reports what would change and writes nothing;\n"
            + "  --as names who imports, as the history records it (default: import:<your user name>).\n";

    @Inject
    Importer importer;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // Read at start like any runtime setting: the import runs inside the application but
            // opens no port, so it runs beside a server on the same machine.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty("frontline.live.listen", "false");
        }
        Quarkus.run(ImportCommand.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0 || !args[0].equals("import")) {
            Quarkus.waitForExit();
            return 0;
        }
        String format = null;
        Path file = null;
        boolean dryRun = false;
        String user = "import:" + System.getProperty("user.name", "unknown");
        List<String> rest = List.of(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--as") && i + 1 < rest.size()) {
                user = rest.get(++i);
            } else if (arg.startsWith("--")) {
                return usage("Unknown option " + arg + ".");
            } else if (format == null) {
                format = arg;
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                return usage("One file at a time: " + arg + " is one too many.");
            }
        }
        if (format == null || file == null) {
            return usage("Name the format and the file.");
        }
        if (!Importer.FORMATS.contains(format)) {
            return usage("There is no format " + format + ".");
        }
        if (!Files.isReadable(file)) {
            return usage("Cannot read " + file + ".");
        }
        if (user.isBlank()) {
            return usage("--as needs a name.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            ImportReport report = importer.run(format, in, size, file.getFileName().toString(), user.strip(), dryRun, Progress.of(size));
            System.out.print(report.text());
            return 0;
        } catch (Rows.Refused unreadable) {
            System.err.println("Not imported: " + unreadable.getMessage() + ". Nothing was written.");
            return 1;
        } catch (java.sql.SQLException | java.io.IOException failed) {
            // The transaction rolled back: the record is as it was, and running the import again does all of it.
            System.err.println("The import failed and nothing was written: " + failed.getMessage());
            return 1;
        }
    }

    private static int usage(String problem) {
        System.err.print(problem + "\n" + USAGE);
        return 2;
    }
}
