package com.frameratr.feed;

import com.frameratr.social.Followed;
import com.frameratr.social.Unfollowed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a follow adds to the feed, in the follow's own transaction like {@link ActivityListeners}: the
 * follower's {@code followed} activity and the followee's {@code followed} notification (which
 * replaces the {@code follow_requested} one of an approved request), one statement for all three
 * tables; an unfollow, a withdrawn or denied request take theirs away, also in one.
 */
@Component
@Transactional
class FollowListeners {

    private final FollowFeedRepository repository;

    FollowListeners(FollowFeedRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(Followed event) {
        repository.followed(event.followerUid(), event.followeeUid());
    }

    @EventListener
    void on(Unfollowed event) {
        repository.unfollowed(event.followerUid(), event.followeeUid());
    }
}
