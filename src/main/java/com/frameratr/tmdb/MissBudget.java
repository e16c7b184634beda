package com.frameratr.tmdb;

import com.frameratr.platform.problems.TooManyRequestsException;
import com.frameratr.platform.web.TokenBuckets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who may spend the deployment's TMDb budget on a cache miss, and how it went, counted in
 * {@code frameratr.tmdb.misses{purpose, reason}} (reason: {@code fetched}, {@code client-limit},
 * {@code budget-exhausted}, {@code failed}). Each browsing client has a token bucket of misses per
 * instance: past it, 429 with Retry-After. Hits cost nothing and are never limited.
 */
@Component
class MissBudget {

    static final String METRIC = "frameratr.tmdb.misses";

    private final TokenBuckets perClient;
    private final MeterRegistry registry;
    private final Duration browseQueueWait;
    private final Duration importQueueWait;
    private final TmdbRateLimiter limiter;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    MissBudget(TmdbProperties properties, MeterRegistry registry, TmdbRateLimiter limiter) {
        this.limiter = limiter;
        this.perClient = new TokenBuckets(
                properties.clientMissBurst(), properties.clientMissesPerMinute(), 100_000, System::nanoTime);
        this.registry = registry;
        this.browseQueueWait = properties.browseQueueWait();
        this.importQueueWait = properties.maxQueueWait();
    }

    /** Takes one miss from the caller's share, or throws 429 when a browsing client has used it up. */
    void take(Caller caller) {
        if (caller.purpose() != Caller.Purpose.BROWSE) {
            return;
        }
        perClient.tryTake(caller.client()).ifPresent(wait -> {
            count(caller, "client-limit");
            throw new TooManyRequestsException(
                    "Too many new TMDb lookups from this client; cached answers are still served", wait);
        });
    }

    /**
     * Waits for a background import's turn within its share of the budget (at most
     * {@code max-queue-wait}); throws the 503 {@code tmdb-rate-limited} problem past that.
     */
    void paceBackgroundImport() {
        try {
            limiter.paceBackgroundImport(importQueueWait);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TmdbUnavailableException.rateLimited();
        }
    }

    /** How long the caller may wait for its place in the deployment's queue. */
    Duration queueWait(Caller caller) {
        return caller.purpose() == Caller.Purpose.IMPORT ? importQueueWait : browseQueueWait;
    }

    void count(Caller caller, String reason) {
        String purpose = caller.purpose().name().toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(
                        purpose + "/" + reason,
                        key -> Counter.builder(METRIC)
                                .description("TMDb cache misses, by purpose and what became of them")
                                .tag("purpose", purpose)
                                .tag("reason", reason)
                                .register(registry))
                .increment();
    }
}
