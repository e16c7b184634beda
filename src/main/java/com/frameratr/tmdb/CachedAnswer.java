package com.frameratr.tmdb;

import java.time.Duration;
import java.time.Instant;

/** An upstream answer as cached: TMDb's status (200 or 404) and JSON bytes, and its lifetime. */
record CachedAnswer(int status, byte[] body, Instant fetchedAt, Instant expiresAt) {

    static CachedAnswer of(UpstreamAnswer answer, Instant now, Duration ttl) {
        return new CachedAnswer(answer.status(), answer.body(), now, now.plus(ttl));
    }

    boolean freshAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Expired for less than one more lifetime: served at once while a refresh runs behind it. */
    boolean revalidatableAt(Instant now) {
        return now.isBefore(expiresAt.plus(Duration.between(fetchedAt, expiresAt)));
    }

    /** Whole seconds of freshness left, rounded up: the {@code max-age} of this answer. */
    long maxAgeSecondsAt(Instant now) {
        long millis = Duration.between(now, expiresAt).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    int weight() {
        return body.length + 128;
    }
}
