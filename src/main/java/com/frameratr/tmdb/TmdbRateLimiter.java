package com.frameratr.tmdb;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Spaces TMDb calls of the whole deployment at least {@code TMDB_SLEEP_SEC} apart: each call
 * reserves a slot in PostgreSQL (one atomic UPDATE), then its own thread, never a request thread
 * with a cached answer, waits for that slot.
 */
@Component
class TmdbRateLimiter {

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
    }

    /** TMDb asked us to pause: make every instance pause. */
    void backOff(Duration delay) {
        repository.backOff(delay);
    }
}
