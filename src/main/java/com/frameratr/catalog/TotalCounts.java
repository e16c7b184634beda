package com.frameratr.catalog;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Totals of catalog lists ({@code X-Total-Count}) kept for a short time per kind and query.
 *
 * <p>A page of a list is an index walk that stops after {@code limit} rows, but its total is a
 * count of every match: on the benchmark's 100,000 movies 15 ms for the whole list and 60 ms for
 * {@code q=ab} (10 % of titles match; a two-letter pattern has no trigram to use an index with),
 * ten times that on 1,000,000. Titles change only when imported, so a total may lag by
 * {@code ttl}; the page itself is always current. Concurrent requests for the same expired total
 * share one count. At most {@code maxEntries} totals are kept (the map is emptied when full).
 */
final class TotalCounts {

    private record Entry(long expiresAt, CompletableFuture<Long> total) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    TotalCounts(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    long get(String key, LongSupplier count) {
        if (ttlNanos <= 0) {
            return count.getAsLong();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        while (entry == null || now - entry.expiresAt() >= 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            Entry fresh = new Entry(now + ttlNanos, new CompletableFuture<>());
            boolean won = entry == null ? entries.putIfAbsent(key, fresh) == null : entries.replace(key, entry, fresh);
            if (won) {
                try {
                    fresh.total().complete(count.getAsLong());
                } catch (RuntimeException | Error ex) {
                    entries.remove(key, fresh); // a failure is not remembered
                    fresh.total().completeExceptionally(ex);
                    throw ex;
                }
                return fresh.total().join();
            }
            entry = entries.get(key);
        }
        try {
            return entry.total().join();
        } catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw ex;
        }
    }
}
