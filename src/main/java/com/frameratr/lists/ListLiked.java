package com.frameratr.lists;

/** A user liked a public or unlisted list (a repeated like publishes nothing). */
public record ListLiked(long listId, String uid, String ownerUid) {}
