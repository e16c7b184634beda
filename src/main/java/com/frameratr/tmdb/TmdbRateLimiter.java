package com.frameratr.tmdb;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Spaces TMDb calls of the whole deployment at least {@code TMDB_SLEEP_SEC} apart, coordinated
 * through one PostgreSQL row: a call reserves a slot (its place in the queue, so that waiting
 * callers do not poll), sleeps until it, then starts only after a compare-and-set confirms that the
 * previous call started at least one interval ago. Only callers without a cached answer get here.
 */
@Component
class TmdbRateLimiter {

    private final RateLimitRepository repository;
    private final Duration interval;
    private final Duration backgroundInterval;

    TmdbRateLimiter(RateLimitRepository repository, TmdbProperties properties) {
        this.repository = repository;
        this.interval = properties.minInterval();
        this.backgroundInterval = properties.backgroundImportInterval();
    }

    /**
     * Blocks until this caller may call TMDb; throws when the deployment's queue is longer than
     * {@code maxWait} (browsing and imports wait differently long, see {@link Caller}).
     */
    void acquire(Duration maxWait) throws InterruptedException {
        take(RateLimitRepository.ALL_CALLS, interval, maxWait);
    }

    /**
     * Blocks until a background import may ask for a slot ({@link #acquire}): background imports of
     * the whole deployment together call at most once per {@code interval / background-import-share},
     * so the rest of the budget stays with users' own requests however many imports run.
     */
    void paceBackgroundImport(Duration maxWait) throws InterruptedException {
        take(RateLimitRepository.BACKGROUND_IMPORTS, backgroundInterval, maxWait);
    }

    private void take(int row, Duration spacing, Duration maxWait) throws InterruptedException {
        if (spacing.isZero()) {
            return;
        }
        long waitMillis = repository.reserve(row, spacing, maxWait).orElseThrow(TmdbUnavailableException::rateLimited);
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            long late = repository.start(row, spacing);
            if (late == 0) {
                return;
            }
            if (System.nanoTime() + late * 1_000_000 > deadline) {
                throw TmdbUnavailableException.rateLimited();
            }
            Thread.sleep(late);
        }
    }

    /** TMDb asked us to pause: make every instance pause. */
    void backOff(Duration delay) {
        if (!interval.isZero()) {
            repository.backOff(delay, interval);
        }
    }
}
