package com.frameratr.tmdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cache table shared by every instance. */
@Repository
class CacheRepository {

    private static final String FIND = """
            SELECT status, body, fetched_at, expires_at
            FROM tmdb_cache
            WHERE key = :key
            """;

    // an older answer never overwrites a newer one written by another instance meanwhile
    private static final String SAVE = """
            INSERT INTO tmdb_cache (key, status, body, fetched_at, expires_at, last_used_at)
            VALUES (:key, :status, :body, :fetched_at, :expires_at, now())
            ON CONFLICT (key) DO UPDATE
            SET status = EXCLUDED.status,
                body = EXCLUDED.body,
                fetched_at = EXCLUDED.fetched_at,
                expires_at = EXCLUDED.expires_at,
                last_used_at = now()
            WHERE tmdb_cache.fetched_at <= EXCLUDED.fetched_at
            """;

    // a row used again within the minute is left alone: one write per popular row and minute at most
    private static final String TOUCH = """
            UPDATE tmdb_cache
            SET last_used_at = now()
            WHERE key = ANY (:keys)
              AND last_used_at < now() - interval '1 minute'
            """;

    private static final String PURGE_EXPIRED = """
            DELETE FROM tmdb_cache
            WHERE expires_at < :before
            """;

    // least recently used first, until both bounds hold
    private static final String PURGE_EXCESS = """
            DELETE FROM tmdb_cache
            WHERE key IN (
                SELECT key
                FROM (SELECT key,
                             row_number() OVER recent AS rank,
                             sum(size_bytes) OVER recent AS bytes
                      FROM tmdb_cache
                      WINDOW recent AS (ORDER BY last_used_at DESC, key)) AS ranked
                WHERE rank > :max_rows
                   OR bytes > :max_bytes)
            """;

    private final JdbcClient jdbc;

    CacheRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CachedAnswer> find(String key) {
        return jdbc.sql(FIND).param("key", key).query(CacheRepository::answer).optional();
    }

    void save(String key, CachedAnswer answer) {
        jdbc.sql(SAVE)
                .param("key", key)
                .param("status", answer.status())
                .param("body", answer.body())
                .param("fetched_at", utc(answer.fetchedAt()))
                .param("expires_at", utc(answer.expiresAt()))
                .update();
    }

    /** Marks the answers as used now (answers served from an instance's memory). */
    void touch(Collection<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.sql(TOUCH).param("keys", keys.toArray(String[]::new)).update();
        }
    }

    /**
     * Deletes answers expired before {@code before}, then the least recently used beyond
     * {@code maxRows} rows or {@code maxBytes} bytes.
     */
    int purge(Instant before, long maxRows, long maxBytes) {
        int expired = jdbc.sql(PURGE_EXPIRED).param("before", utc(before)).update();
        int excess = jdbc.sql(PURGE_EXCESS)
                .param("max_rows", maxRows)
                .param("max_bytes", maxBytes)
                .update();
        return expired + excess;
    }

    private static CachedAnswer answer(ResultSet row, int rowNumber) throws SQLException {
        return new CachedAnswer(
                row.getInt("status"),
                row.getBytes("body"),
                row.getObject("fetched_at", OffsetDateTime.class).toInstant(),
                row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
