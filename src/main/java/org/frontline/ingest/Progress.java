package org.frontline.ingest;

import java.io.Console;

import org.jboss.logging.Logger;

/**
 * How far an import has got: a bar redrawn in place on a terminal, or a line in the log every tenth
 * of the file elsewhere (a CI job, a container's log, an HTTP upload), and a line for each step of
 * the set-based work once the file is read.
 */
class Progress {

    private static final Logger LOG = Logger.getLogger(Progress.class);
    private static final int WIDTH = 40;

    private final long total;
    private final Console console;
    private final long started = System.nanoTime();
    private int shown = -1;

    private Progress(long total, Console console) {
        this.total = total;
        this.console = console;
    }

    /** A bar where standard output is a terminal, log lines otherwise. {@code total} is the file's size, 0 if unknown. */
    static Progress of(long total) {
        return new Progress(total, System.console());
    }

    /** Log lines only, whatever the terminal: an upload's progress belongs to the server's log. */
    static Progress logged(long total) {
        return new Progress(total, null);
    }

    void read(long bytes, long rows) {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, bytes * 100 / total);
        if (console != null) {
            if (percent != shown) {
                shown = percent;
                int filled = percent * WIDTH / 100;
                console.writer().printf("\rreading [%s%s] %3d%% %,d rows", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, rows);
                console.flush();
            }
        } else if (percent / 10 != shown / 10 || shown < 0) {
            shown = percent;
            LOG.infof("Import: read %d%% of the file, %d rows (%d s)", percent, rows, seconds());
        }
    }

    void step(String what) {
        if (console != null) {
            console.writer().printf("%s%s (%d s)%n", shown >= 0 ? "\n" : "", what, seconds());
            console.flush();
            shown = -1;
        } else {
            LOG.infof("Import: %s (%d s)", what, seconds());
        }
    }

    private long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }
}
