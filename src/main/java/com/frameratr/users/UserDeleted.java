package com.frameratr.users;

/**
 * An account and all of its data were deleted (its ratings, reviews, favorites and lists went by
 * cascade, without events of their own): listeners forget what they keep of that user.
 */
public record UserDeleted(String uid) {}
