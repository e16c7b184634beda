package com.frameratr.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (e.g. per user): {@code capacity} requests at once, refilled at
 * {@code perMinute}. Memory stays bounded: past {@code maxKeys}, buckets that have refilled
 * completely (which carry no information) are dropped.
 */
public final class TokenBuckets {

    private record Bucket(double tokens, long updatedNanos) {}

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double tokensPerNano;
    private final int maxKeys;
    private final LongSupplier nanoTime;

    public TokenBuckets(int capacity, int perMinute, int maxKeys, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Takes a token; when none is left, says how long until one will be. */
    public Optional<Duration> tryTake(String key) {
        long now = nanoTime.getAsLong();
        double[] deficit = {0};
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity : refilled(bucket, now);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            deficit[0] = 1 - tokens;
            return new Bucket(tokens, now);
        });
        if (buckets.size() > maxKeys) {
            buckets.entrySet().removeIf(entry -> refilled(entry.getValue(), now) >= capacity);
        }
        return deficit[0] == 0
                ? Optional.empty()
                : Optional.of(Duration.ofNanos((long) Math.ceil(deficit[0] / tokensPerNano)));
    }

    private double refilled(Bucket bucket, long now) {
        return Math.min(capacity, bucket.tokens() + (now - bucket.updatedNanos()) * tokensPerNano);
    }
}
