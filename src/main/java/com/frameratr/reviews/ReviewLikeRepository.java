package com.frameratr.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of review likes; {@code reviews.like_count} is kept by V15's trigger. */
@Repository
class ReviewLikeRepository {

    private static final String LIKE = """
            INSERT INTO review_likes (review_id, uid)
            VALUES (:reviewId, :uid)
            ON CONFLICT (review_id, uid) DO NOTHING
            """;

    private static final String UNLIKE = """
            DELETE FROM review_likes
            WHERE review_id = :reviewId
              AND uid = :uid
            """;

    private static final String LIKED_AMONG = """
            SELECT review_id
            FROM review_likes
            WHERE uid = :uid
              AND review_id IN (:ids)
            """;

    private final JdbcClient jdbc;

    ReviewLikeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the like is new. */
    boolean like(long reviewId, String uid) {
        return jdbc.sql(LIKE).param("reviewId", reviewId).param("uid", uid).update() == 1;
    }

    /** Whether there was a like to take back. */
    boolean unlike(long reviewId, String uid) {
        return jdbc.sql(UNLIKE).param("reviewId", reviewId).param("uid", uid).update() == 1;
    }

    /** Which of the reviews the user likes. */
    Set<Long> likedAmong(String uid, Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Set.of();
        }
        List<Long> liked = jdbc.sql(LIKED_AMONG)
                .param("uid", uid)
                .param("ids", reviewIds)
                .query(Long.class)
                .list();
        return Set.copyOf(liked);
    }
}
