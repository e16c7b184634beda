package com.frameratr.feed;

import com.frameratr.social.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity (V17) and the notifications (V19) of a follow, each change in one statement. */
@Repository
class FollowFeedRepository {

    // the notification's rules are NotificationRepository.ADD's: never to oneself, never across a block
    private static final String FOLLOWED = """
            WITH activity AS (
                INSERT INTO activities (actor_uid, type, other_uid)
                VALUES (:follower, 'followed', :followee)
                ON CONFLICT (other_uid, actor_uid) WHERE type = 'followed' DO NOTHING
            ),
            request AS (
                DELETE FROM notifications
                WHERE actor_uid = :follower
                  AND recipient_uid = :followee
                  AND type = 'follow_requested'
            )
            INSERT INTO notifications (recipient_uid, actor_uid, type)
            SELECT :followee, :follower, 'followed'
            WHERE :followee <> :follower
              AND %s
            ON CONFLICT DO NOTHING
            """.formatted(Visibility.sqlNotBlocked(":followee", ":follower"));

    private static final String UNFOLLOWED = """
            WITH activity AS (
                DELETE FROM activities
                WHERE other_uid = :followee
                  AND actor_uid = :follower
                  AND type = 'followed'
            )
            DELETE FROM notifications
            WHERE actor_uid = :follower
              AND recipient_uid = :followee
              AND type IN ('followed', 'follow_requested')
            """;

    private final JdbcClient jdbc;

    FollowFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void followed(String follower, String followee) {
        jdbc.sql(FOLLOWED)
                .param("follower", follower)
                .param("followee", followee)
                .update();
    }

    void unfollowed(String follower, String followee) {
        jdbc.sql(UNFOLLOWED)
                .param("follower", follower)
                .param("followee", followee)
                .update();
    }
}
