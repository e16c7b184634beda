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

    private static final String INSERT = """
            INSERT INTO follows (follower_uid, followee_uid, status)
            VALUES (:follower, :followee, :status)
            ON CONFLICT (follower_uid, followee_uid) DO NOTHING
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

    boolean insert(String follower, String followee, FollowStatus status) {
        return jdbc.sql(INSERT)
                        .param("follower", follower)
                        .param("followee", followee)
                        .param("status", status.code())
                        .update()
                == 1;
    }

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
