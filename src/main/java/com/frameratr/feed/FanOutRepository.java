package com.frameratr.feed;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queued fan-out of the most-followed actors' activities (V24): one chunk of followers per
 * transaction, the queue row claimed with SKIP LOCKED so that every instance may work on the queue
 * at once without two copying the same chunk.
 */
@Repository
class FanOutRepository {

    /** Followers copied per transaction: about 40 ms of locks and WAL each at the bench's `large` scale. */
    static final int CHUNK = 1_000;

    private static final String CLAIM = """
            SELECT q.activity_id, q.below_follow_id
            FROM feed_fan_out_queue q
            ORDER BY q.queued_at, q.activity_id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """;

    // FOR SHARE: an unfollow (or a block, or a denied request) of a follower in this chunk waits for
    // this transaction, so its trigger then deletes what this chunk copied instead of missing it
    private static final String COPY_CHUNK = """
            WITH chunk AS (
                SELECT f.id, f.follower_uid, a.at, a.id AS activity_id, a.actor_uid
                FROM activities a
                JOIN follows f ON f.followee_uid = a.actor_uid
                WHERE a.id = :activityId
                  AND f.status = 'following'
                  AND f.id < :below
                ORDER BY f.id DESC
                LIMIT :chunk
                FOR SHARE OF f
            ), copied AS (
                INSERT INTO feed_inbox (viewer_uid, at, activity_id, actor_uid)
                SELECT follower_uid, at, activity_id, actor_uid FROM chunk
                ON CONFLICT DO NOTHING
            )
            SELECT count(*) AS followers, coalesce(min(id), 0) AS lowest FROM chunk
            """;

    private final JdbcClient jdbc;

    FanOutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies the next chunk of the oldest queued activity that no other transaction is working on;
     * empty when there is none. The activity leaves the queue with its last chunk.
     */
    @Transactional
    Optional<Integer> copyNextChunk() {
        Optional<Queued> claimed = jdbc.sql(CLAIM)
                .query((rs, row) -> new Queued(rs.getLong(1), rs.getLong(2)))
                .optional();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Queued queued = claimed.get();
        Chunk chunk = jdbc.sql(COPY_CHUNK)
                .param("activityId", queued.activityId())
                .param("below", queued.belowFollowId())
                .param("chunk", CHUNK)
                .query((rs, row) -> new Chunk(rs.getInt(1), rs.getLong(2)))
                .single();
        if (chunk.followers() < CHUNK) {
            jdbc.sql("DELETE FROM feed_fan_out_queue WHERE activity_id = :id")
                    .param("id", queued.activityId())
                    .update();
        } else {
            jdbc.sql("UPDATE feed_fan_out_queue SET below_follow_id = :lowest WHERE activity_id = :id")
                    .param("lowest", chunk.lowest())
                    .param("id", queued.activityId())
                    .update();
        }
        return Optional.of(chunk.followers());
    }

    /** Activities queued and not yet copied to every follower, whoever is working on them. */
    long queued() {
        return jdbc.sql("SELECT count(*) FROM feed_fan_out_queue")
                .query(Long.class)
                .single();
    }

    private record Queued(long activityId, long belowFollowId) {}

    private record Chunk(int followers, long lowest) {}
}
