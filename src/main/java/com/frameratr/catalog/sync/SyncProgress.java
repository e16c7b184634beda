package com.frameratr.catalog.sync;

import java.io.PrintStream;
import java.util.Locale;

/** Prints done/total, rate and ETA: every step at first, then at most once a second, and the last. */
final class SyncProgress {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private int done;
    private long lastPrinted;

    SyncProgress(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    void step(String what) {
        done++;
        long now = System.nanoTime();
        if (done > 10 && done < total && now - lastPrinted < QUIET_NANOS) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long eta = Math.round((total - done) / rate);
        out.printf(
                Locale.ROOT,
                "[%d/%d] %5.1f%%  %.1f titles/s  ETA %d:%02d  %s%n",
                done,
                total,
                100.0 * done / Math.max(total, 1),
                rate,
                eta / 60,
                eta % 60,
                what);
    }
}
