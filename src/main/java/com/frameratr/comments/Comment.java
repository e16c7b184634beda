package com.frameratr.comments;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code comments} (V16).
 *
 * @param parentId the top-level comment replied to, null for a top-level comment
 * @param threadId the id of the thread's top-level comment (its own for a top-level one)
 * @param replyCount replies to a top-level comment, kept by V16's trigger
 */
record Comment(
        long id,
        @Nullable Long reviewId,
        @Nullable Long listId,
        String uid,
        @Nullable Long parentId,
        long threadId,
        String body,
        int replyCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    CommentTarget target() {
        return reviewId != null ? CommentTarget.REVIEW : CommentTarget.LIST;
    }

    long targetId() {
        return reviewId != null ? reviewId : java.util.Objects.requireNonNull(listId);
    }
}
