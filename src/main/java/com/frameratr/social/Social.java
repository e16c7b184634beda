package com.frameratr.social;

import com.frameratr.users.CurrentUser;
import org.springframework.stereotype.Component;

/** What other features may ask of the social graph besides {@link Visibility}. */
@Component
public class Social {

    private final FollowRepository follows;
    private final FollowService followService;

    Social(FollowRepository follows, FollowService followService) {
        this.follows = follows;
        this.followService = followService;
    }

    /**
     * Follows {@code handle} on the user's behalf, with every rule of {@code PUT /api/users/{handle}/follow}
     * (a private profile gets a request, a block is a 404, the follow limit a 409); returns
     * {@code following} or {@code requested}.
     */
    public String follow(CurrentUser user, String handle) {
        return followService.follow(user, handle).code();
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
