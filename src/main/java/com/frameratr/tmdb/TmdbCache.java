package com.frameratr.tmdb;

import com.frameratr.tmdb.Served.Source;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

    private final TmdbHttp http;
    private final CacheRepository repository;
    private final TmdbProperties properties;
    private final Cache<String, CachedAnswer> memory;
    private final ConcurrentHashMap<String, CompletableFuture<Served>> inflight = new ConcurrentHashMap<>();
    private final Duration followerWait;

    TmdbCache(TmdbHttp http, CacheRepository repository, TmdbProperties properties) {
        this.http = http;
        this.repository = repository;
        this.properties = properties;
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

    Served get(TmdbRequest request) {
        if (!properties.configured()) {
            throw TmdbUnavailableException.notConfigured();
        }
        String key = request.key();
        Instant now = Instant.now();
        CachedAnswer remembered = memory.getIfPresent(key);
        if (remembered != null && remembered.freshAt(now)) {
            return new Served(remembered, Source.HIT);
        }
        if (remembered != null && remembered.revalidatableAt(now)) {
            refreshInBackground(request, remembered);
            return new Served(remembered, Source.STALE);
        }
        return coalesced(key, () -> resolve(request, remembered));
    }

    /** Drops the in-process layer (the shared table stays). */
    void clearMemory() {
        memory.invalidateAll();
    }

    private Served resolve(TmdbRequest request, @Nullable CachedAnswer remembered) {
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
        return fetch(request, stored);
    }

    private Served fetch(TmdbRequest request, @Nullable CachedAnswer stale) {
        UpstreamAnswer answer;
        try {
            answer = http.get(request);
        } catch (TmdbUnavailableException ex) {
            if (stale != null && Instant.now().isBefore(stale.expiresAt().plus(properties.staleRetention()))) {
                log.info("Serving a stale answer for {}: {}", request.path(), ex.getMessage());
                return new Served(stale, Source.STALE);
            }
            throw ex;
        }
        Duration ttl = answer.found()
                ? request.kind().ttl(properties.ttl())
                : properties.ttl().notFound();
        CachedAnswer cached = CachedAnswer.of(answer, Instant.now(), ttl);
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

    private void refreshInBackground(TmdbRequest request, CachedAnswer stale) {
        if (inflight.containsKey(request.key())) {
            return;
        }
        Thread.ofVirtual().name("tmdb-refresh").start(() -> {
            try {
                coalesced(request.key(), () -> fetch(request, stale));
            } catch (RuntimeException ex) {
                log.info("Background refresh of {} failed: {}", request.path(), ex.getMessage());
            }
        });
    }

    /** Runs {@code load} unless a load of the same key is running already; then waits for that one. */
    private Served coalesced(String key, Supplier<Served> load) {
        CompletableFuture<Served> mine = new CompletableFuture<>();
        CompletableFuture<Served> running = inflight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Served served = load.get();
            mine.complete(served);
            return served;
        } catch (RuntimeException | Error ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            inflight.remove(key, mine);
        }
    }

    private Served await(CompletableFuture<Served> running) {
        try {
            return running.get(followerWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
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
