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

    // a caller overtaken this often in a row gives up; each round waits for one call to start
    private static final int MAX_START_ATTEMPTS = 50;

    private final RateLimitRepository repository;
    private final Duration interval;
    private final Duration maxWait;

    TmdbRateLimiter(RateLimitRepository repository, TmdbProperties properties) {
        this.repository = repository;
        this.interval = properties.minInterval();
        this.maxWait = properties.maxQueueWait();
    }

    /** Blocks until this caller may call TMDb; throws when the deployment's queue is too long. */
    void acquire() throws InterruptedException {
        if (interval.isZero()) {
            return;
        }
        long waitMillis = repository.reserve(interval, maxWait).orElseThrow(TmdbUnavailableException::rateLimited);
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        for (int attempt = 0; attempt < MAX_START_ATTEMPTS; attempt++) {
            long late = repository.start(interval);
            if (late == 0) {
                return;
            }
            Thread.sleep(late);
        }
        throw TmdbUnavailableException.rateLimited();
    }

    /** TMDb asked us to pause: make every instance pause. */
    void backOff(Duration delay) {
        repository.backOff(delay);
    }
}
