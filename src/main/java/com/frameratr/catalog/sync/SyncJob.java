package com.frameratr.catalog.sync;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.problems.DomainException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.problems.UnavailableException;
import com.frameratr.tmdb.Tmdb;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Runs an {@link SyncPlan}: collects the titles (each once, in list order), imports them one by
 * one through {@link TitleSync} (so through the TMDb cache and rate limit), prints
 * progress, and stops between two titles when asked to.
 */
@Component
class SyncJob {

    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final Tmdb tmdb;
    private final TitleSync importer;

    SyncJob(Tmdb tmdb, TitleSync importer) {
        this.tmdb = tmdb;
        this.importer = importer;
    }

    record Target(TitleKind kind, int id) {
        @Override
        public String toString() {
            return kind.code() + " " + id;
        }
    }

    SyncSummary run(SyncPlan plan, PrintStream out, BooleanSupplier stopRequested) {
        SyncSummary summary = new SyncSummary();
        List<Target> targets = targets(plan, out, stopRequested, summary);
        summary.total(targets.size());
        SyncProgress progress = new SyncProgress(targets.size(), out);
        for (Target target : targets) {
            if (stopRequested.getAsBoolean()) {
                summary.interrupted();
                break;
            }
            progress.step(target + ": " + importOne(target, summary, stopRequested));
        }
        if (stopRequested.getAsBoolean()) {
            summary.interrupted();
        }
        return summary;
    }

    private String importOne(Target target, SyncSummary summary, BooleanSupplier stopRequested) {
        for (int attempt = 1; ; attempt++) {
            try {
                SyncOutcome outcome = importer.importTitle(target.kind(), target.id());
                summary.add(outcome);
                return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            } catch (NotFoundException ex) {
                summary.notFound(target.toString());
                return "not found on TMDb";
            } catch (DomainException ex) {
                if (!(ex instanceof UnavailableException)
                        || attempt >= ATTEMPTS
                        || !pause(RETRY_PAUSE.multipliedBy(attempt), stopRequested)) {
                    summary.failed(target.toString());
                    return "FAILED: " + ex.getMessage();
                }
            } catch (RuntimeException ex) {
                // e.g. the database going away during a shutdown: this title is rolled back, go on
                summary.failed(target.toString());
                return "FAILED: " + ex.getClass().getSimpleName();
            }
        }
    }

    private List<Target> targets(SyncPlan plan, PrintStream out, BooleanSupplier stop, SyncSummary summary) {
        Set<Target> targets = new LinkedHashSet<>();
        switch (plan) {
            case SyncPlan.Ids ids -> ids.ids().forEach(id -> targets.add(new Target(ids.kind(), id)));
            case SyncPlan.Lists lists -> {
                for (TitleKind kind : lists.kinds()) {
                    for (int page = 1; page <= lists.pages() && !stop.getAsBoolean(); page++) {
                        JsonNode answer = listPage(lists, kind, page, summary);
                        if (answer == null) {
                            break;
                        }
                        answer.path("results").forEach(result -> {
                            int id = result.path("id").asInt(0);
                            if (id > 0) {
                                targets.add(new Target(kind, id));
                            }
                        });
                        out.printf(
                                Locale.ROOT,
                                "Listed %s %s page %d/%d: %d titles so far%n",
                                lists.list().name().toLowerCase(Locale.ROOT),
                                kind.code(),
                                page,
                                lists.pages(),
                                targets.size());
                        if (page >= answer.path("total_pages").asInt(0)) {
                            break;
                        }
                    }
                }
            }
        }
        return new ArrayList<>(targets);
    }

    private JsonNode listPage(SyncPlan.Lists lists, TitleKind kind, int page, SyncSummary summary) {
        try {
            return tmdb.listPage(lists.list(), kind.code(), page);
        } catch (DomainException ex) {
            summary.failed(lists.list().name().toLowerCase(Locale.ROOT) + " " + kind.code() + " page " + page + " ("
                    + ex.getMessage() + ")");
            return null;
        }
    }

    /** Sleeps unless a stop is requested meanwhile; false when it was. */
    private static boolean pause(Duration pause, BooleanSupplier stopRequested) {
        long until = System.nanoTime() + pause.toNanos();
        while (System.nanoTime() < until) {
            if (stopRequested.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
