package org.frontline.ingest;

import java.util.List;

/**
 * What an import did, or would do in a dry run: events added (of which {@code joined} became further
 * reports of a strike another data set had given), changed and unchanged, and each row
 * refused with its line and the reason. The list of refusals is cut at {@link #LISTED}; {@code refused}
 * counts them all.
 */
public record ImportReport(String format, String file, boolean dryRun, long rows, long added, long joined, long changed, long unchanged,
        long refused, List<Refusal> refusals, long milliseconds) {

    /** Refusals listed in a report; a file of a million bad rows is told by its count past these. */
    public static final int LISTED = 1000;

    /** A row not imported: the line it starts on, and why. */
    public record Refusal(long line, String reason) {
    }

    /** The report in a few lines, as the command prints it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(dryRun ? "Dry run (nothing written): " : "Imported ").append(file).append(" as ").append(format).append(": ")
                .append(rows).append(" rows, ").append(added).append(dryRun ? " would be added" : " added")
                .append(joined > 0 ? " (" + joined + " joined to strikes already held), " : ", ")
                .append(changed).append(dryRun ? " would change, " : " changed, ").append(unchanged).append(" unchanged, ")
                .append(refused).append(" refused (").append(milliseconds).append(" ms)\n");
        for (Refusal refusal : refusals) {
            text.append("  line ").append(refusal.line()).append(": ").append(refusal.reason()).append('\n');
        }
        if (refused > refusals.size()) {
            text.append("  ... and ").append(refused - refusals.size()).append(" more refused rows\n");
        }
        return text.toString();
    }
}
