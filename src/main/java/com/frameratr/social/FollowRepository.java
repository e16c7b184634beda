package com.frameratr.social;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowRepository {

    // A follow and a block between the same two users take this lock, in either direction, so a
    // follow that checked "no block" cannot commit after a block that removed the follows.
    private static final String LOCK_PAIR = """
            SELECT pg_advisory_xact_lock(hashtextextended(least(:a, :b) || '|' || greatest(:a, :b), 14))
            """;

    private static final String STATUS = """
            SELECT status
            FROM follows
            WHERE follower_uid = :follower
              AND followee_uid = :followee
            """;

    // After the pair's lock, the pair's blocks and the follow in one statement: a block either way
    // writes nothing (who blocks whom decides the caller's answer).
    private static final String INSERT_UNLESS_BLOCKED = """
            WITH pair AS (
                SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :followee AND blocked_uid = :follower) AS by_followee,
                       EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :follower AND blocked_uid = :followee) AS by_follower
            ),
            inserted AS (
                INSERT INTO follows (follower_uid, followee_uid, status)
                SELECT :follower, :followee, :status
                FROM pair
                WHERE NOT (pair.by_followee OR pair.by_follower)
                ON CONFLICT (follower_uid, followee_uid) DO NOTHING
                RETURNING 1
            )
            SELECT pair.by_followee, pair.by_follower, EXISTS (SELECT 1 FROM inserted)
            FROM pair
            """;

    // the same for an unfollow, which only a block by the followee refuses
    private static final String DELETE_UNLESS_BLOCKED = """
            WITH pair AS (
                SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_uid = :followee AND blocked_uid = :follower) AS by_followee
            ),
            deleted AS (
                DELETE FROM follows
                WHERE follower_uid = :follower
                  AND followee_uid = :followee
                  AND NOT (SELECT pair.by_followee FROM pair)
                RETURNING 1
            )
            SELECT pair.by_followee, EXISTS (SELECT 1 FROM deleted)
            FROM pair
            """;

    private static final String APPROVE = """
            UPDATE follows
            SET status = 'following'
            WHERE follower_uid = :follower
              AND followee_uid = :followee
              AND status = 'requested'
            """;

    private static final String DELETE = """
            DELETE FROM follows
            WHERE follower_uid = :follower
              AND followee_uid = :followee
              AND status = coalesce(:status, status)
            """;

    // users blocked either way by the viewer are left out of every list of people
    private static final String FOLLOWERS = """
            SELECT id, follower_uid, created_at
            FROM follows
            WHERE followee_uid = :uid
              AND status = :status
              AND id < :after
              AND %s
            ORDER BY id DESC
            LIMIT :limit
            """.formatted(Visibility.sqlNotBlocked(":viewer", "follows.follower_uid"));

    private static final String FOLLOWING = """
            SELECT id, followee_uid, created_at
            FROM follows
            WHERE follower_uid = :uid
              AND status = 'following'
              AND id < :after
              AND %s
            ORDER BY id DESC
            LIMIT :limit
            """.formatted(Visibility.sqlNotBlocked(":viewer", "follows.followee_uid"));

    private static final String COUNTS = """
            SELECT coalesce((SELECT followers FROM follow_counts WHERE uid = :uid), 0),
                   coalesce((SELECT following FROM follow_counts WHERE uid = :uid), 0)
            """;

    private static final String OUTGOING_COUNT = """
            SELECT count(*)
            FROM follows
            WHERE follower_uid = :uid
            """;

    private static final String REQUEST_COUNT = """
            SELECT count(*)
            FROM follows
            WHERE followee_uid = :uid
              AND status = 'requested'
            """;

    private static final RowMapper<Edge> EDGE =
            (rs, row) -> new Edge(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class));

    private final JdbcClient jdbc;

    FollowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockPair(String a, String b) {
        jdbc.sql(LOCK_PAIR).param("a", a).param("b", b).query().singleValue();
    }

    FollowStatus statusOf(String follower, String followee) {
        Optional<String> status = jdbc.sql(STATUS)
                .param("follower", follower)
                .param("followee", followee)
                .query(String.class)
                .optional();
        return FollowStatus.ofStored(status.orElse(null));
    }

    /** A follow (or request) unless either blocks the other; run under the pair's lock. */
    Attempt insertUnlessBlocked(String follower, String followee, FollowStatus status) {
        return jdbc.sql(INSERT_UNLESS_BLOCKED)
                .param("follower", follower)
                .param("followee", followee)
                .param("status", status.code())
                .query((rs, row) -> new Attempt(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
    }

    /** Deletes the follow or request unless the followee blocks the follower; run under the pair's lock. */
    Attempt deleteUnlessBlocked(String follower, String followee) {
        return jdbc.sql(DELETE_UNLESS_BLOCKED)
                .param("follower", follower)
                .param("followee", followee)
                .query((rs, row) -> new Attempt(rs.getBoolean(1), false, rs.getBoolean(2)))
                .single();
    }

    /**
     * What a follow or unfollow found: whether the followee blocks the follower or the follower the
     * followee, and whether the row was written (inserted or deleted).
     */
    record Attempt(boolean blockedByFollowee, boolean blockedByFollower, boolean written) {}

    boolean approve(String follower, String followee) {
        return jdbc.sql(APPROVE)
                        .param("follower", follower)
                        .param("followee", followee)
                        .update()
                == 1;
    }

    /** Deletes the follow or request; {@code only} restricts it to one status. */
    boolean delete(String follower, String followee, @Nullable FollowStatus only) {
        return jdbc.sql(DELETE)
                        .param("follower", follower)
                        .param("followee", followee)
                        .param("status", only == null ? null : only.code(), java.sql.Types.VARCHAR)
                        .update()
                == 1;
    }

    /** Approved followers (or, with {@code requested}, pending requests) of the user, newest first. */
    List<Edge> followers(String uid, FollowStatus status, @Nullable String viewer, long afterId, int limit) {
        return jdbc.sql(FOLLOWERS)
                .param("uid", uid)
                .param("status", status.code())
                .param("viewer", viewer, java.sql.Types.VARCHAR)
                .param("after", afterId)
                .param("limit", limit)
                .query(EDGE)
                .list();
    }

    List<Edge> following(String uid, @Nullable String viewer, long afterId, int limit) {
        return jdbc.sql(FOLLOWING)
                .param("uid", uid)
                .param("viewer", viewer, java.sql.Types.VARCHAR)
                .param("after", afterId)
                .param("limit", limit)
                .query(EDGE)
                .list();
    }

    /** The user's {followers, following}, kept by the trigger of V14. */
    long[] counts(String uid) {
        return jdbc.sql(COUNTS)
                .param("uid", uid)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** Follows and requests the user made. */
    long outgoingCount(String uid) {
        return jdbc.sql(OUTGOING_COUNT).param("uid", uid).query(Long.class).single();
    }

    long requestCount(String uid) {
        return jdbc.sql(REQUEST_COUNT).param("uid", uid).query(Long.class).single();
    }
}
