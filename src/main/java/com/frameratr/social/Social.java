package com.frameratr.social;

import java.util.List;
import org.springframework.stereotype.Component;

/** What other features may ask of the social graph besides {@link Visibility}. */
@Component
public class Social {

    private final FollowRepository follows;

    Social(FollowRepository follows) {
        this.follows = follows;
    }

    /** The uids the user follows (approved follows only), at most {@code max}, most recent first. */
    public List<String> followeesOf(String uid, int max) {
        return follows.followeeUids(uid, max);
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
