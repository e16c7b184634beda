package com.frameratr.reviews;

import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.social.Visibility;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Likes of reviews the liker may see; a review they may not see is the 404 of an unknown one. */
@Service
class ReviewLikeService {

    private final ReviewRepository reviews;
    private final ReviewLikeRepository likes;
    private final Visibility visibility;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReviewLikeService(
            ReviewRepository reviews,
            ReviewLikeRepository likes,
            Visibility visibility,
            Users users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.likes = likes;
        this.visibility = visibility;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    /** Idempotent; publishes {@link ReviewLiked} only for a new like. */
    void like(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            Review review = visible(user, id);
            // only after the check, in its transaction: a refused like leaves no user row behind
            users.ensureExists(user);
            if (likes.like(id, user.uid())) {
                events.publishEvent(new ReviewLiked(id, user.uid(), review.uid(), review.title()));
            }
        });
    }

    /** Idempotent; publishes {@link ReviewUnliked} only when there was a like. */
    void unlike(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            visible(user, id);
            if (likes.unlike(id, user.uid())) {
                events.publishEvent(new ReviewUnliked(id, user.uid()));
            }
        });
    }

    private Review visible(CurrentUser user, long id) {
        Review review = reviews.find(id).orElseThrow(() -> notFound(id));
        visibility.requireVisible(user.uid(), review.uid(), "review " + id);
        return review;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No review " + id);
    }
}
