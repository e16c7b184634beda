package com.frameratr.social;

/**
 * A follow or a request between the two ended: unfollowed, denied, or removed by a block (a
 * deleted account's follows go by cascade, with {@code UserDeleted} only).
 */
public record Unfollowed(String followerUid, String followeeUid) {}
