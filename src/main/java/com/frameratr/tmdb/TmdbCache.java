package com.frameratr.tmdb;

import com.frameratr.platform.problems.TooManyRequestsException;
import com.frameratr.tmdb.Served.Source;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Answers TMDb requests from, in order: the in-process Caffeine cache, the PostgreSQL table shared
 * by all instances, TMDb. Concurrent misses of one key share one load. An answer expired for less
 * than one more lifetime is served at once while a background refresh runs (stale-while-revalidate);
 * an older one is refreshed first and served only if TMDb fails (stale-if-error). Losing the
 * database table costs speed, not answers.
 */
@Component
class TmdbCache {

    private static final Logger log = LoggerFactory.getLogger(TmdbCache.class);
    private static final int MAX_USED_KEYS = 100_000;

    private final TmdbHttp http;
    private final CacheRepository repository;
    private final TmdbProperties properties;
    private final MissBudget budget;
    private final Cache<String, CachedAnswer> memory;
    private final ConcurrentHashMap<String, CompletableFuture<Served>> inflight = new ConcurrentHashMap<>();
    /** Keys served from memory since the last drain: the shared table learns of these hits in batches. */
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();

    private final Duration followerWait;

    TmdbCache(TmdbHttp http, CacheRepository repository, TmdbProperties properties, MissBudget budget) {
        this.http = http;
        this.repository = repository;
        this.properties = properties;
        this.budget = budget;
        this.memory = Caffeine.newBuilder()
                .maximumWeight(properties.memoryCacheSize().toBytes())
                .weigher((String key, CachedAnswer answer) -> answer.weight())
                .expireAfter(new RetainUntil(properties.staleRetention()))
                .build();
        this.followerWait = properties
                .retryBudget()
                .plus(properties.maxQueueWait())
                .plus(properties.readTimeout())
                .plus(Duration.ofSeconds(5));
    }

    /** The answer for {@code request}; a miss is charged to {@code caller} ({@link MissBudget}). */
    Served get(TmdbRequest request, Caller caller) {
        if (!properties.configured()) {
            throw TmdbUnavailableException.notConfigured();
        }
        String key = request.key();
        Instant now = Instant.now();
        CachedAnswer remembered = memory.getIfPresent(key);
        if (remembered != null && remembered.freshAt(now)) {
            used(key);
            return new Served(remembered, Source.HIT);
        }
        if (remembered != null && remembered.revalidatableAt(now)) {
            used(key);
            refreshInBackground(request, remembered);
            return new Served(remembered, Source.STALE);
        }
        return coalesced(key, () -> resolve(request, remembered, caller));
    }

    /** The keys served from memory since the last call. */
    Set<String> drainUsedKeys() {
        Set<String> drained = new HashSet<>();
        for (String key : usedKeys) {
            if (usedKeys.remove(key)) {
                drained.add(key);
            }
        }
        return drained;
    }

    private void used(String key) {
        if (usedKeys.size() < MAX_USED_KEYS) {
            usedKeys.add(key);
        }
    }

    /** Drops the in-process layer (the shared table stays). */
    void clearMemory() {
        memory.invalidateAll();
    }

    private Served resolve(TmdbRequest request, @Nullable CachedAnswer remembered, Caller caller) {
        Instant now = Instant.now();
        CachedAnswer stored = newer(remembered, stored(request.key()));
        if (stored != null && stored.freshAt(now)) {
            memory.put(request.key(), stored);
            return new Served(stored, Source.HIT);
        }
        if (stored != null && stored.revalidatableAt(now)) {
            memory.put(request.key(), stored);
            refreshInBackground(request, stored);
            return new Served(stored, Source.STALE);
        }
        return fetch(request, stored, caller);
    }

    private Served fetch(TmdbRequest request, @Nullable CachedAnswer stale, Caller caller) {
        try {
            budget.take(caller);
        } catch (TooManyRequestsException overLimit) {
            if (servableWhenTmdbFails(stale)) {
                return new Served(stale, Source.STALE);
            }
            throw new ClientLimitReached(overLimit);
        }
        UpstreamAnswer answer;
        try {
            if (caller.purpose() == Caller.Purpose.BACKGROUND_IMPORT) {
                budget.paceBackgroundImport();
            }
            answer = http.get(request, budget.queueWait(caller));
            budget.count(caller, "fetched");
        } catch (TmdbUnavailableException ex) {
            budget.count(caller, ex.problemType().equals("tmdb-rate-limited") ? "budget-exhausted" : "failed");
            if (servableWhenTmdbFails(stale)) {
                log.info("Serving a stale answer for {}: {}", request.path(), ex.getMessage());
                return new Served(stale, Source.STALE);
            }
            throw ex;
        }
        Duration ttl = answer.found()
                ? request.kind().ttl(properties.ttl())
                : properties.ttl().notFound();
        CachedAnswer cached = CachedAnswer.of(answer, Instant.now(), ttl);
        if (answer.body().length > properties.maxCachedAnswer().toBytes()) {
            // served, but kept nowhere: one huge answer must not push out thousands of small ones
            log.info("Not caching TMDb's answer for {}: {} bytes", request.path(), answer.body().length);
            return new Served(cached, Source.MISS);
        }
        memory.put(request.key(), cached);
        try {
            repository.save(request.key(), cached);
        } catch (DataAccessException ex) {
            log.warn(
                    "Could not store a TMDb answer in the shared cache: {}",
                    ex.getClass().getSimpleName());
        }
        return new Served(cached, Source.MISS);
    }

    private boolean servableWhenTmdbFails(@Nullable CachedAnswer stale) {
        return stale != null && Instant.now().isBefore(stale.expiresAt().plus(properties.staleRetention()));
    }

    private void refreshInBackground(TmdbRequest request, CachedAnswer stale) {
        if (inflight.containsKey(request.key())) {
            return;
        }
        Thread.ofVirtual().name("tmdb-refresh").start(() -> {
            try {
                coalesced(request.key(), () -> fetch(request, stale, Caller.REFRESHER));
            } catch (RuntimeException ex) {
                log.info("Background refresh of {} failed: {}", request.path(), ex.getMessage());
            }
        });
    }

    /**
     * Runs {@code load} unless a load of the same key is running already; then waits for that one.
     * A load that stopped at its own client's miss limit says nothing about the others: each of them
     * tries again with its own share.
     */
    private Served coalesced(String key, Supplier<Served> load) {
        CompletableFuture<Served> mine = new CompletableFuture<>();
        CompletableFuture<Served> running = inflight.putIfAbsent(key, mine);
        if (running != null) {
            Served led = await(running);
            return led != null ? led : coalesced(key, load);
        }
        try {
            Served served = load.get();
            mine.complete(served);
            return served;
        } catch (ClientLimitReached ex) {
            mine.completeExceptionally(ex);
            throw ex.limit;
        } catch (RuntimeException | Error ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            inflight.remove(key, mine);
        }
    }

    /** The leader's answer, or null when the leader stopped at its own client's limit. */
    private @Nullable Served await(CompletableFuture<Served> running) {
        try {
            return running.get(followerWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof ClientLimitReached) {
                return null;
            }
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw TmdbUnavailableException.badGateway("unexpected failure");
        } catch (TimeoutException ex) {
            throw TmdbUnavailableException.timeout();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TmdbUnavailableException.timeout();
        }
    }

    private @Nullable CachedAnswer stored(String key) {
        try {
            return repository.find(key).orElse(null);
        } catch (DataAccessException ex) {
            log.warn("Shared TMDb cache unavailable: {}", ex.getClass().getSimpleName());
            return null;
        }
    }

    private static @Nullable CachedAnswer newer(@Nullable CachedAnswer a, @Nullable CachedAnswer b) {
        return Optional.ofNullable(a)
                .filter(x -> b == null || !x.fetchedAt().isBefore(b.fetchedAt()))
                .orElse(b);
    }

    /** The leader's client is over its miss limit: its own 429, not the followers'. */
    private static final class ClientLimitReached extends RuntimeException {
        final TooManyRequestsException limit;

        ClientLimitReached(TooManyRequestsException limit) {
            super(null, null, false, false);
            this.limit = limit;
        }
    }

    /** Keeps an entry until its stale retention ends; the size bound evicts earlier when needed. */
    private record RetainUntil(Duration retention) implements Expiry<String, CachedAnswer> {

        @Override
        public long expireAfterCreate(String key, CachedAnswer value, long currentTime) {
            Duration left = Duration.between(Instant.now(), value.expiresAt().plus(retention));
            return Math.max(0, left.toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, CachedAnswer value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, CachedAnswer value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
