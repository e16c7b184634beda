package com.frameratr.social;

import org.springframework.stereotype.Component;

/** What other features may ask of the social graph besides {@link Visibility}. */
@Component
public class Social {

    private final FollowRepository follows;

    Social(FollowRepository follows) {
        this.follows = follows;
    }

    /** The user's approved followers and followees, as the trigger of V14 keeps them. */
    public FollowCounts followCounts(String uid) {
        long[] counts = follows.counts(uid);
        return new FollowCounts(counts[0], counts[1]);
    }

    public record FollowCounts(long followers, long following) {}

    public boolean follows(String followerUid, String followeeUid) {
        return follows.statusOf(followerUid, followeeUid) == FollowStatus.FOLLOWING;
    }
}
