package com.frameratr.users;

/**
 * How many notifications the user has not read yet, for {@code GET /api/me}. Implemented by the
 * feed module, which depends on users (never the other way round); without it the count is 0.
 */
public interface UnreadNotifications {

    /** A counter read, never a count of the notifications themselves. */
    long unreadOf(String uid);
}
