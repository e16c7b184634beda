package com.frameratr.feed;

import com.frameratr.comments.CommentDeleted;
import com.frameratr.comments.CommentPosted;
import com.frameratr.comments.CommentTarget;
import com.frameratr.lists.ListLiked;
import com.frameratr.lists.ListUnliked;
import com.frameratr.social.Blocked;
import com.frameratr.social.FollowRequested;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies a user of what others did to them or their things, in the fact's own transaction, like
 * {@link ActivityListeners}. The repository writes nothing for one's own actions or across a block,
 * and a fact taken back (an unlike, an unfollow, a deleted comment) takes its notification along.
 */
@Component
@Transactional
class NotificationListeners {

    private final NotificationRepository notifications;

    NotificationListeners(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(FollowRequested event) {
        notifications.add(Notification.of(event.followeeUid(), event.followerUid(), "follow_requested"));
    }

    @EventListener
    void on(Blocked event) {
        notifications.removeBetween(event.blockerUid(), event.blockedUid());
    }

    @EventListener
    void on(ListLiked event) {
        notifications.add(
                Notification.of(event.ownerUid(), event.uid(), "list_liked").withList(event.listId()));
    }

    @EventListener
    void on(ListUnliked event) {
        notifications.removeListLike(event.listId(), event.uid());
    }

    @EventListener
    void on(CommentPosted event) {
        if (event.parentAuthorUid() != null) {
            notifications.add(Notification.of(event.parentAuthorUid(), event.uid(), "comment_replied")
                    .about(event));
        }
        if (!Objects.equals(event.targetOwnerUid(), event.parentAuthorUid())) {
            String type = event.target() == CommentTarget.REVIEW ? "review_commented" : "list_commented";
            notifications.add(
                    Notification.of(event.targetOwnerUid(), event.uid(), type).about(event));
        }
    }

    @EventListener
    void on(CommentDeleted event) {
        notifications.removeComment(event.commentId());
    }
}
