package com.frameratr.comments;

/** What a comment is under. */
public enum CommentTarget {
    REVIEW,
    LIST
}
