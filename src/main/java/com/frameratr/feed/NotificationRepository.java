package com.frameratr.feed;

import com.frameratr.social.Visibility;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications (V19) and the unread counter their triggers keep. */
@Repository
class NotificationRepository {

    private static final String ADD = """
            INSERT INTO notifications (recipient_uid, actor_uid, type, review_id, list_id, comment_id,
                                       parent_comment_id)
            SELECT :recipient, :actor, :type, :reviewId, :listId, :commentId, :parentId
            WHERE :recipient <> :actor
              AND %s
            ON CONFLICT DO NOTHING
            """.formatted(Visibility.sqlNotBlocked(":recipient", ":actor"));

    private static final String REMOVE_BETWEEN = """
            DELETE FROM notifications
            WHERE (actor_uid = :a AND recipient_uid = :b)
               OR (actor_uid = :b AND recipient_uid = :a)
            """;

    private static final String REMOVE_LIST_LIKE = """
            DELETE FROM notifications
            WHERE list_id = :listId
              AND actor_uid = :actor
              AND type = 'list_liked'
            """;

    // the comment's own notifications and those of its replies, which went with it
    private static final String REMOVE_COMMENT = """
            DELETE FROM notifications
            WHERE comment_id = :commentId
               OR parent_comment_id = :commentId
            """;

    private static final String PAGE = """
            SELECT n.id, n.type, n.actor_uid, n.at, n.read, n.review_id, n.list_id, n.comment_id
            FROM notifications n
            WHERE n.recipient_uid = :uid
              AND n.id < :after
              AND %s
            ORDER BY n.id DESC
            LIMIT :limit
            """.formatted(Visibility.sqlNotBlocked("n.recipient_uid", "n.actor_uid"));

    private static final String MARK_READ = """
            UPDATE notifications
            SET read = true
            WHERE recipient_uid = :uid
              AND id <= :upTo
              AND NOT read
            """;

    private static final String UNREAD = """
            SELECT coalesce((SELECT unread FROM notification_counts WHERE uid = :uid), 0)
            """;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Notification notification) {
        jdbc.sql(ADD)
                .param("recipient", notification.recipientUid())
                .param("actor", notification.actorUid())
                .param("type", notification.type())
                .param("reviewId", notification.reviewId(), Types.BIGINT)
                .param("listId", notification.listId(), Types.BIGINT)
                .param("commentId", notification.commentId(), Types.BIGINT)
                .param("parentId", notification.parentCommentId(), Types.BIGINT)
                .update();
    }

    void removeBetween(String a, String b) {
        jdbc.sql(REMOVE_BETWEEN).param("a", a).param("b", b).update();
    }

    void removeListLike(long listId, String actor) {
        jdbc.sql(REMOVE_LIST_LIKE).param("listId", listId).param("actor", actor).update();
    }

    void removeComment(long commentId) {
        jdbc.sql(REMOVE_COMMENT).param("commentId", commentId).update();
    }

    List<NotificationRow> page(String uid, long afterId, int limit) {
        return jdbc.sql(PAGE)
                .param("uid", uid)
                .param("after", afterId)
                .param("limit", limit)
                .query(NotificationRow.class)
                .list();
    }

    void markRead(String uid, long upTo) {
        jdbc.sql(MARK_READ).param("uid", uid).param("upTo", upTo).update();
    }

    long unread(String uid) {
        return jdbc.sql(UNREAD).param("uid", uid).query(Long.class).single();
    }
}
