package com.frameratr.interop;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.jobs.InstanceWorker;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.problems.UnavailableException;
import com.frameratr.tmdb.Tmdb;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Matches and commits imports in the background, on every instance: a worker takes the job whose
 * turn is oldest (a lease in {@code import_jobs}, renewed as it works), works on it for up to
 * {@code worker-run-budget}, then lets the next job have a turn. Everything it does is recorded row
 * by row and step by step, so when an instance stops, another (or the same, restarted) takes the
 * job over once the lease has run out and goes on where it stopped. TMDb calls are charged as
 * background imports ({@link Tmdb#asBackgroundImport}): paced to their share of the budget, never
 * in the way of users' own requests. An upload or a commit wakes the local worker at once.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "none", matchIfMissing = true)
class ImportWorker extends InstanceWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    /** Distinct titles matched between two renewals of the lease. */
    static final int TITLES_PER_BATCH = 10;

    private final ImportRepository jobs;
    private final TitleMatcher matcher;
    private final Catalog catalog;
    private final ImportCommit commit;
    private final ImportProperties properties;

    ImportWorker(
            ImportRepository jobs,
            TitleMatcher matcher,
            Catalog catalog,
            ImportCommit commit,
            ImportProperties properties) {
        super("import-worker", properties.workerInterval());
        this.jobs = jobs;
        this.matcher = matcher;
        this.catalog = catalog;
        this.commit = commit;
        this.properties = properties;
    }

    /** Works on one job for a while; false when no job needed a worker. */
    @Override
    protected boolean workOnce() throws InterruptedException {
        Optional<ImportJob> claimed = jobs.claim(properties.workerLease());
        if (claimed.isEmpty()) {
            return false;
        }
        ImportJob job = claimed.get();
        switch (job.status()) {
            case MATCHING -> match(job);
            case COMMITTING -> commit(job);
            default -> jobs.release(job.id(), null);
        }
        return true;
    }

    private void match(ImportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + properties.workerRunBudget().toNanos();
        while (System.nanoTime() < deadline) {
            List<ImportRepository.PendingTitle> titles = jobs.pendingTitles(job.id(), TITLES_PER_BATCH);
            if (titles.isEmpty()) {
                jobs.markReadyIfMatched(job.id());
                jobs.release(job.id(), null);
                log.info("Import {} of {}: matched, ready to commit", job.id(), job.uid());
                return;
            }
            for (ImportRepository.PendingTitle title : titles) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                TitleMatch match;
                try {
                    match = Tmdb.asBackgroundImport(() -> matchOne(title));
                } catch (UnavailableException ex) {
                    // TMDb is down or the budget is taken: the job waits its next turn
                    jobs.release(
                            job.id(),
                            "TMDb cannot be asked now (" + ex.problemType() + "); matching goes on" + " by itself");
                    Thread.sleep(properties.workerInterval());
                    return;
                }
                jobs.setMatch(job.id(), title, match);
            }
            if (!jobs.renew(job.id(), properties.workerLease())) {
                return;
            }
        }
        jobs.release(job.id(), null);
    }

    /** The title's match; titles named by TMDb id need no search, only the catalog's import. */
    private TitleMatch matchOne(ImportRepository.PendingTitle title) {
        if (title.tmdbId() != null) {
            return present(title.kind(), title.tmdbId(), "tmdb-id");
        }
        if (title.name() == null) {
            return TitleMatch.unmatched("no-name", List.of());
        }
        TitleMatch match = matcher.match(title.name(), title.year());
        if (match.status() != RowStatus.MATCHED || match.tmdbId() == null) {
            return match;
        }
        return present(TitleKind.MOVIE, match.tmdbId(), match.rule());
    }

    private TitleMatch present(TitleKind kind, int tmdbId, String rule) {
        try {
            catalog.ensurePresent(kind, tmdbId);
            return TitleMatch.matched(tmdbId, rule);
        } catch (NotFoundException ex) {
            return TitleMatch.unmatched("not-on-tmdb", List.of());
        }
    }

    private void commit(ImportJob job) {
        long started = System.nanoTime();
        try {
            commit.run(job);
            jobs.finish(job.id(), ImportJob.Status.DONE, null);
            log.info(
                    "Import {} of {} committed in {} ms: {}",
                    job.id(),
                    job.uid(),
                    (System.nanoTime() - started) / 1_000_000,
                    jobs.find(job.id()).map(ImportJob::applied).orElse(java.util.Map.of()));
        } catch (DataIntegrityViolationException ex) {
            // a row the checks let through that a table refuses: a bug, not something a retry fixes
            log.error(
                    "Import {}: commit failed: {}",
                    job.id(),
                    ex.getMostSpecificCause().getMessage());
            jobs.finish(job.id(), ImportJob.Status.FAILED, "A row could not be stored; nothing after it was applied");
        } catch (DataAccessException ex) {
            // the database is restarting, or a statement timed out: the next turn resumes at the step
            log.warn("Import {}: commit paused: {}", job.id(), ex.getClass().getSimpleName());
            jobs.release(job.id(), "The commit was interrupted; it resumes by itself");
        }
    }
}
