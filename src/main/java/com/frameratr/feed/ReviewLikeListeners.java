package com.frameratr.feed;

import com.frameratr.reviews.ReviewLiked;
import com.frameratr.reviews.ReviewUnliked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a review's like adds to the feed, in the like's own transaction like {@link ActivityListeners}:
 * the liker's {@code liked_review} activity (fanned out to their followers' inboxes) and the
 * author's {@code review_liked} notification, written by one statement rather than one per table. A
 * like of one's own review adds neither.
 */
@Component
@Transactional
class ReviewLikeListeners {

    private final ReviewLikeFeedRepository repository;

    ReviewLikeListeners(ReviewLikeFeedRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(ReviewLiked event) {
        if (!event.uid().equals(event.authorUid())) {
            repository.liked(event);
        }
    }

    @EventListener
    void on(ReviewUnliked event) {
        repository.unliked(event);
    }
}
