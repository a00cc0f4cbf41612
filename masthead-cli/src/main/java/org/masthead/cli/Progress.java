package org.masthead.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.masthead.archive.Ingest;

/** Ingest progress on stderr: a redrawn bar on a terminal, a plain line every few seconds in logs. */
final class Progress implements Ingest.Listener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final long interval;
    private long lastShown;

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.interval = terminal ? 100_000_000L : 5_000_000_000L;
        this.lastShown = start;
    }

    @Override
    public void progress(int done, int total, int pagesStored) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastShown < interval) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        String figures = String.format(Locale.ROOT, "%d/%d files, %d pages stored, %.0f files/s", done, total,
                pagesStored, done / seconds);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + figures + (last ? "\n" : ""));
        } else if (!last) {
            err.println("ingest: " + figures);
        }
        err.flush();
    }
}
