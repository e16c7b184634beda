package com.frameratr.tmdb;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RateLimitRepository {

    // The slot is max(next_at, now); the row moves on by one interval. Both happen under the row
    // lock of one UPDATE, so no two callers of any instance get the same slot. All times are the
    // database's clock: instances' clocks never have to agree. A slot further away than
    // :max_wait_ms is not taken (no row returned) so that callers fail fast instead of queueing.
    private static final String RESERVE = """
            UPDATE tmdb_rate_limit
            SET next_at = greatest(next_at, clock_timestamp()) + make_interval(secs => :interval_sec)
            WHERE id = :row
              AND greatest(next_at, clock_timestamp()) <= clock_timestamp() + make_interval(secs => :max_wait_sec)
            RETURNING greatest(0, extract(EPOCH FROM next_at - clock_timestamp()) * 1000 - :interval_sec * 1000)
            """;

    // Compare-and-set at the moment of calling: the call may start if the latest one started at least
    // one interval ago, and then becomes the latest; otherwise the milliseconds still to wait. This
    // keeps real starts apart even when a caller woke up late for its slot.
    private static final String START = """
            WITH previous AS (
                SELECT last_started_at
                FROM tmdb_rate_limit
                WHERE id = :row
                FOR UPDATE),
            started AS (
                UPDATE tmdb_rate_limit
                SET last_started_at = clock_timestamp()
                WHERE id = :row
                  AND (SELECT last_started_at FROM previous) <= clock_timestamp() - make_interval(secs => :interval_sec)
                RETURNING 1)
            SELECT CASE
                WHEN EXISTS (SELECT 1 FROM started) THEN 0
                ELSE greatest(1, extract(EPOCH FROM (SELECT last_started_at FROM previous)
                                 + make_interval(secs => :interval_sec) - clock_timestamp()) * 1000)
            END
            """;

    // TMDb said 429 with Retry-After: nobody in the deployment calls before that time, neither new
    // callers (next_at) nor those already asleep with an earlier slot (last_started_at).
    private static final String BACK_OFF = """
            UPDATE tmdb_rate_limit
            SET next_at = greatest(next_at, clock_timestamp() + make_interval(secs => :delay_sec)),
                last_started_at = greatest(
                    last_started_at,
                    clock_timestamp() + make_interval(secs => :delay_sec) - make_interval(secs => :interval_sec))
            WHERE id = 1
            """;

    /** The row every TMDb call of the deployment goes through. */
    static final int ALL_CALLS = 1;

    /** The row that paces background imports' calls to their share, before they take a slot of row 1. */
    static final int BACKGROUND_IMPORTS = 2;

    private final JdbcClient jdbc;

    RateLimitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Milliseconds to wait before the reserved slot, or empty when the queue is longer than {@code maxWait}. */
    Optional<Long> reserve(int row, Duration interval, Duration maxWait) {
        return jdbc.sql(RESERVE)
                .param("row", row)
                .param("interval_sec", seconds(interval))
                .param("max_wait_sec", seconds(maxWait))
                .query(Double.class)
                .optional()
                .map(Math::round);
    }

    /** 0 when the call may start now (and is recorded as started), else milliseconds to wait first. */
    long start(int row, Duration interval) {
        return Math.round(jdbc.sql(START)
                .param("row", row)
                .param("interval_sec", seconds(interval))
                .query(Double.class)
                .single());
    }

    void backOff(Duration delay, Duration interval) {
        jdbc.sql(BACK_OFF)
                .param("delay_sec", seconds(delay))
                .param("interval_sec", seconds(interval))
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
