package com.frameratr.comments;

/** A comment was deleted by its author or by the owner of what it was under (its replies went with it). */
public record CommentDeleted(long commentId) {}
