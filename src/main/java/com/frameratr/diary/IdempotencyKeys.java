package com.frameratr.diary;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first answer to each (user, {@code Idempotency-Key}), kept 24 hours. A write claims its key
 * in its own transaction before it writes anything: a concurrent retry with the same key waits on
 * the claim's row lock until the first commits, then reads its answer; a rolled-back first attempt
 * leaves no claim behind.
 */
@Repository
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    static final Duration RETENTION = Duration.ofHours(24);

    // an expired key is claimed again as if it were new
    private static final String CLAIM = """
            INSERT INTO idempotency_keys AS k (uid, key, request_hash)
            VALUES (:uid, :key, :hash)
            ON CONFLICT (uid, key) DO UPDATE
            SET request_hash  = EXCLUDED.request_hash,
                status        = NULL,
                response_body = NULL,
                created_at    = now()
            WHERE k.created_at < now() - make_interval(secs => :retentionSeconds)
            RETURNING true
            """;

    private static final String FIND = """
            SELECT request_hash, status, response_body
            FROM idempotency_keys
            WHERE uid = :uid
              AND key = :key
            """;

    private static final String COMPLETE = """
            UPDATE idempotency_keys
            SET status        = :status,
                response_body = :body
            WHERE uid = :uid
              AND key = :key
            """;

    private static final String PURGE = """
            DELETE FROM idempotency_keys
            WHERE created_at < now() - make_interval(secs => :retentionSeconds)
            """;

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored answer of an earlier request with this key; empty when this request claimed the key. */
    Optional<Answer> claimOrFind(String uid, String key, String hash) {
        boolean claimed = jdbc.sql(CLAIM)
                .param("uid", uid)
                .param("key", key)
                .param("hash", hash)
                .param("retentionSeconds", RETENTION.toSeconds())
                .query(Boolean.class)
                .optional()
                .isPresent();
        if (claimed) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(FIND)
                .param("uid", uid)
                .param("key", key)
                .query((rs, row) -> new Answer(rs.getString(1), rs.getObject(2, Integer.class), rs.getString(3)))
                .single());
    }

    void complete(String uid, String key, int status, String body) {
        jdbc.sql(COMPLETE)
                .param("uid", uid)
                .param("key", key)
                .param("status", status)
                .param("body", body)
                .update();
    }

    /** A stored answer: the hash of the request that got it, its status and body. */
    record Answer(
            String requestHash,
            @Nullable Integer status,
            @Nullable String body) {}

    void purge() {
        int deleted =
                jdbc.sql(PURGE).param("retentionSeconds", RETENTION.toSeconds()).update();
        if (deleted > 0) {
            log.info("Purged {} idempotency keys older than {}", deleted, RETENTION);
        }
    }
}
