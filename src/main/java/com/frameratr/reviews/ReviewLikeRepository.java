package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of review likes; {@code reviews.like_count} is kept by V15's trigger. A like and an unlike
 * are one statement each, the visibility check included: a like is the most frequent social write,
 * and at {@code large} most of its database time was the cost of separate statements as such, not
 * their work (docs/performance.md, "Social writes").
 */
@Repository
class ReviewLikeRepository {

    // the review, only if the liker may see its author; the rest of the statement works from it
    private static final String VISIBLE_REVIEW =
            "review AS (\n" + Reviews.sqlVisibleReview(":uid", ":reviewId") + "\n)";

    // a review the liker may not see returns no row and writes nothing, the liker's row included
    private static final String LIKE_IF_VISIBLE =
            """
            WITH %s,
            liker AS (
                %s
            ),
            liked AS (
                INSERT INTO review_likes (review_id, uid)
                SELECT review.id, :uid
                FROM review
                ON CONFLICT (review_id, uid) DO NOTHING
                RETURNING review_id
            )
            SELECT review.uid, review.kind, review.title_id, EXISTS (SELECT 1 FROM liked)
            FROM review
            """.formatted(VISIBLE_REVIEW, Users.sqlInsertIfAbsent("EXISTS (SELECT 1 FROM review)"));

    private static final String UNLIKE_IF_VISIBLE = """
            WITH %s,
            unliked AS (
                DELETE FROM review_likes l
                USING review
                WHERE l.review_id = review.id
                  AND l.uid = :uid
                RETURNING l.review_id
            )
            SELECT EXISTS (SELECT 1 FROM unliked)
            FROM review
            """.formatted(VISIBLE_REVIEW);

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

    /** A like of a review the user may see (the user's row made if absent); empty when they may not. */
    Optional<Like> likeIfVisible(long reviewId, CurrentUser user) {
        return jdbc.sql(LIKE_IF_VISIBLE)
                .params(Users.claimParameters(user))
                .param("reviewId", reviewId)
                .query((rs, row) -> new Like(
                        rs.getString(1),
                        new TitleRef(TitleKind.ofCode(rs.getString(2)), rs.getInt(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    /** Whether there was a like to take back, of a review the user may see; empty when they may not. */
    Optional<Boolean> unlikeIfVisible(long reviewId, String uid) {
        return jdbc.sql(UNLIKE_IF_VISIBLE)
                .param("reviewId", reviewId)
                .param("uid", uid)
                .query(Boolean.class)
                .optional();
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

    /** What a like statement found: the review's author and title, and whether the like is new. */
    record Like(String authorUid, TitleRef title, boolean isNew) {}
}
