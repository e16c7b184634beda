package com.frameratr.catalog.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts of an import run, printed at its end. */
final class SyncSummary {

    private final Map<SyncOutcome, Integer> outcomes = new EnumMap<>(SyncOutcome.class);
    private final List<String> notFound = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private int total;
    private boolean interrupted;

    void total(int total) {
        this.total = total;
    }

    void add(SyncOutcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    void notFound(String title) {
        notFound.add(title);
    }

    void failed(String what) {
        failed.add(what);
    }

    void interrupted() {
        interrupted = true;
    }

    int count(SyncOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    List<String> failures() {
        return List.copyOf(failed);
    }

    boolean wasInterrupted() {
        return interrupted;
    }

    /** 0 all done, 1 some titles failed (rerun to retry them), 130 interrupted. */
    int exitCode() {
        return interrupted ? 130 : failed.isEmpty() ? 0 : 1;
    }

    String describe(Duration elapsed) {
        int done = outcomes.values().stream().mapToInt(Integer::intValue).sum() + notFound.size() + failed.size();
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "Import %s after %.1f s: %d of %d titles: %d created, %d refreshed, %d already up to date,"
                        + " %d kept stale, %d not found on TMDb, %d failed",
                interrupted ? "INTERRUPTED" : "finished",
                elapsed.toMillis() / 1000.0,
                done,
                total,
                count(SyncOutcome.CREATED),
                count(SyncOutcome.REFRESHED),
                count(SyncOutcome.UP_TO_DATE),
                count(SyncOutcome.KEPT_STALE),
                notFound.size(),
                failed.size()));
        if (!notFound.isEmpty()) {
            text.append(System.lineSeparator()).append("  not found: ").append(String.join(", ", notFound));
        }
        if (!failed.isEmpty()) {
            text.append(System.lineSeparator()).append("  failed: ").append(String.join(", ", failed));
        }
        if (interrupted || !failed.isEmpty()) {
            text.append(System.lineSeparator())
                    .append("  Run the same command again: titles already imported are skipped.");
        }
        return text.toString();
    }
}
