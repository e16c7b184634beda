package com.frameratr.feed;

import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import com.frameratr.social.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity (V17) and the notification (V19) of a review's like, each pair in one statement. */
@Repository
class ReviewLikeFeedRepository {

    // the notification's rules are NotificationRepository.ADD's: never across a block
    private static final String LIKED = """
            WITH activity AS (
                INSERT INTO activities (actor_uid, type, kind, title_id, review_id, other_uid)
                VALUES (:uid, 'liked_review', :kind, :titleId, :reviewId, :authorUid)
                ON CONFLICT (review_id, actor_uid) WHERE type = 'liked_review' DO NOTHING
            )
            INSERT INTO notifications (recipient_uid, actor_uid, type, review_id)
            SELECT :authorUid, :uid, 'review_liked', :reviewId
            WHERE %s
            ON CONFLICT DO NOTHING
            """.formatted(Visibility.sqlNotBlocked(":authorUid", ":uid"));

    private static final String UNLIKED = """
            WITH activity AS (
                DELETE FROM activities
                WHERE review_id = :reviewId
                  AND actor_uid = :uid
                  AND type = 'liked_review'
            )
            DELETE FROM notifications
            WHERE review_id = :reviewId
              AND actor_uid = :uid
              AND type = 'review_liked'
            """;

    private final JdbcClient jdbc;

    ReviewLikeFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void liked(ReviewLiked like) {
        jdbc.sql(LIKED)
                .param("uid", like.uid())
                .param("kind", like.title().kind().code())
                .param("titleId", like.title().id())
                .param("reviewId", like.reviewId())
                .param("authorUid", like.authorUid())
                .update();
    }

    void unliked(ReviewUnliked unlike) {
        jdbc.sql(UNLIKED)
                .param("reviewId", unlike.reviewId())
                .param("uid", unlike.uid())
                .update();
    }
}
