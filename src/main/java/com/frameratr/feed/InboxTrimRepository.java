package com.frameratr.feed;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletes what lies beyond each inbox's newest {@code keep} rows, a batch of viewers at a time. */
@Repository
class InboxTrimRepository {

    // Per viewer: the (keep + 1)-th newest row is found by one backward walk of the inbox's primary
    // key, and it and everything older go. Viewers come in uid order so that a run is a keyset walk.
    private static final String TRIM_BATCH = """
            WITH viewers AS (
                SELECT u.uid
                FROM users u
                WHERE u.uid > :after
                ORDER BY u.uid
                LIMIT :batch
            ),
            edges AS (
                SELECT v.uid, edge.at, edge.activity_id
                FROM viewers v
                CROSS JOIN LATERAL (
                    SELECT k.at, k.activity_id
                    FROM feed_inbox k
                    WHERE k.viewer_uid = v.uid
                    ORDER BY k.at DESC, k.activity_id DESC
                    OFFSET :keep
                    LIMIT 1) edge
            ),
            trimmed AS (
                DELETE FROM feed_inbox fi
                USING edges e
                WHERE fi.viewer_uid = e.uid
                  AND (fi.at, fi.activity_id) <= (e.at, e.activity_id)
                RETURNING 1
            )
            SELECT (SELECT max(v.uid) FROM viewers v) AS last_viewer, (SELECT count(*) FROM trimmed) AS deleted
            """;

    private final JdbcClient jdbc;

    InboxTrimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One batch of viewers after {@code after} (in uid order); a null last viewer means none were left. */
    Batch trimAfter(String after, int batch, int keep) {
        return jdbc.sql(TRIM_BATCH)
                .param("after", after)
                .param("batch", batch)
                .param("keep", keep)
                .query((rs, row) -> new Batch(rs.getString("last_viewer"), rs.getLong("deleted")))
                .single();
    }

    record Batch(@Nullable String lastViewer, long deleted) {}
}
