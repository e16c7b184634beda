package com.frameratr.reviews;

import com.frameratr.catalog.TitleRef;
import com.frameratr.social.Visibility;
import org.springframework.stereotype.Component;

/** What other features may ask of reviews. */
@Component
public class Reviews {

    /** The most characters a review may have. */
    public static final int MAX_BODY = ReviewController.MAX_BODY;

    private final ReviewWriteService reviews;
    private final ReviewRepository repository;

    Reviews(ReviewWriteService reviews, ReviewRepository repository) {
        this.reviews = reviews;
        this.repository = repository;
    }

    /**
     * Creates or replaces the user's review of the title as part of the caller's transaction, whose
     * user row and title exist (the upsert and {@link ReviewWritten} of {@code POST /api/reviews}).
     *
     * @return the review's id
     */
    public long writeWithin(String uid, TitleRef title, String body, boolean spoiler) {
        return reviews.writeWithin(uid, title, body, spoiler).id();
    }

    /**
     * For a write under a review within its own statement (a like, a comment): a query of the
     * review's {@code id}, author {@code uid}, {@code kind} and {@code title_id}, one row when the
     * viewer may see its author (social.Visibility's rule), none when they may not or there is no
     * such review. Operands as for {@code Visibility.sqlCanSee} (parameters, e.g. {@code :uid} and
     * {@code :reviewId}); its aliases start with {@code vr_} and {@code vis_}.
     */
    public static String sqlVisibleReview(String viewerParameter, String idParameter) {
        return ReviewRepository.VISIBLE.formatted(idParameter, Visibility.sqlCanSee(viewerParameter, "vr_r.uid"));
    }

    /** How many reviews the user wrote. */
    public long countBy(String uid) {
        return repository.countForUser(uid);
    }

    /** The review, if there is one; whether a viewer may see it is social.Visibility's question. */
    public java.util.Optional<ReviewRef> find(long id) {
        return repository
                .find(id)
                .map(review -> new ReviewRef(review.id(), review.uid(), review.title(), review.commentCount()));
    }

    /** The id of the user's review of the title, if they wrote one. */
    public java.util.Optional<Long> reviewIdOf(String uid, TitleRef title) {
        return repository.idOf(uid, title);
    }
}
