package com.frameratr.reviews;

import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Likes of reviews the liker may see; a review they may not see is the 404 of an unknown one. Each is
 * one statement (the check, the liker's row, the like) and the feed's one statement for what it
 * adds, in one transaction.
 */
@Service
class ReviewLikeService {

    private final ReviewLikeRepository likes;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReviewLikeService(ReviewLikeRepository likes, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.likes = likes;
        this.transactions = transactions;
        this.events = events;
    }

    /** Idempotent; publishes {@link ReviewLiked} only for a new like. */
    void like(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            ReviewLikeRepository.Like like = likes.likeIfVisible(id, user).orElseThrow(() -> notFound(id));
            if (like.isNew()) {
                events.publishEvent(new ReviewLiked(id, user.uid(), like.authorUid(), like.title()));
            }
        });
    }

    /** Idempotent; publishes {@link ReviewUnliked} only when there was a like. */
    void unlike(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            if (likes.unlikeIfVisible(id, user.uid()).orElseThrow(() -> notFound(id))) {
                events.publishEvent(new ReviewUnliked(id, user.uid()));
            }
        });
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No review " + id);
    }
}
