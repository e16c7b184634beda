package com.frameratr.social;

/** The blocker blocks the blocked user (their follows either way are gone, each with {@link Unfollowed}). */
public record Blocked(String blockerUid, String blockedUid) {}
