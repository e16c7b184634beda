package com.frameratr.feed;

import com.frameratr.comments.CommentPosted;
import com.frameratr.comments.CommentTarget;
import org.jspecify.annotations.Nullable;

/** A notification to write: to whom, by whom, of what, and the things it is about. */
record Notification(
        String recipientUid,
        String actorUid,
        String type,
        @Nullable Long reviewId,
        @Nullable Long listId,
        @Nullable Long commentId,
        @Nullable Long parentCommentId) {

    static Notification of(String recipientUid, String actorUid, String type) {
        return new Notification(recipientUid, actorUid, type, null, null, null, null);
    }

    Notification withReview(long id) {
        return new Notification(recipientUid, actorUid, type, id, null, null, null);
    }

    Notification withList(long id) {
        return new Notification(recipientUid, actorUid, type, null, id, null, null);
    }

    /** The comment, its parent and what it is under. */
    Notification about(CommentPosted comment) {
        boolean review = comment.target() == CommentTarget.REVIEW;
        return new Notification(
                recipientUid,
                actorUid,
                type,
                review ? comment.targetId() : null,
                review ? null : comment.targetId(),
                comment.commentId(),
                comment.parentId());
    }
}
