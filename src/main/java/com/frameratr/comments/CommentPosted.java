package com.frameratr.comments;

import org.jspecify.annotations.Nullable;

/**
 * A user commented under a review or a list, or replied to a comment there.
 *
 * @param targetOwnerUid the author of the review or the owner of the list
 * @param parentId the comment replied to, null for a top-level comment
 * @param parentAuthorUid its author, null for a top-level comment
 */
public record CommentPosted(
        long commentId,
        String uid,
        CommentTarget target,
        long targetId,
        String targetOwnerUid,
        @Nullable Long parentId,
        @Nullable String parentAuthorUid) {}
