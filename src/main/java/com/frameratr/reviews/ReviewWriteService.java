package com.frameratr.reviews;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's own reviews: write one per title, change or delete only one's own. */
@Service
class ReviewWriteService {

    private final ReviewRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReviewWriteService(
            ReviewRepository repository,
            Catalog catalog,
            Users users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    /** Upsert: the user's review of the title is created or replaced (idempotent). Publishes {@link ReviewWritten}. */
    Review write(CurrentUser user, TitleRef title, String body, boolean spoiler) {
        return ReferencedRows.writeOrCreateFirst(
                transactions,
                () -> writeWithin(user.uid(), title, body, spoiler),
                () -> createReferencedRows(user, title));
    }

    /** The upsert and its event in the caller's transaction; the referenced rows exist. */
    Review writeWithin(String uid, TitleRef title, String body, boolean spoiler) {
        return written(repository.upsert(uid, title, body, spoiler));
    }

    /** Another user's review answers 404, like a missing one, to reveal nothing. */
    Review update(CurrentUser user, long id, String body, @Nullable Boolean spoiler) {
        return transactions.execute(status ->
                written(repository.updateOwn(id, user.uid(), body, spoiler).orElseThrow(() -> notFound(id))));
    }

    void delete(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            TitleRef title = repository.deleteOwn(id, user.uid()).orElseThrow(() -> notFound(id));
            events.publishEvent(new ReviewDeleted(id, user.uid(), title));
        });
    }

    private Review written(Review review) {
        events.publishEvent(new ReviewWritten(
                review.id(), review.uid(), new TitleRef(review.kind(), review.titleId()), review.spoiler()));
        return review;
    }

    /** Newest first, each with its title's name and poster (one catalog query per kind on the page). */
    Page<MyReviewResponse> mine(CurrentUser user, PageRequest page) {
        List<Review> reviews = repository.pageForUser(user.uid(), page);
        Map<TitleRef, TitleCard> titles = catalog.cards(reviews.stream()
                .map(review -> new TitleRef(review.kind(), review.titleId()))
                .toList());
        return new Page<>(reviews, Page.total(reviews, page, () -> repository.countForUser(user.uid())), page)
                .withNextCursor(ReviewRepository::cursorOf)
                .map(review -> mine(review, titles));
    }

    private static MyReviewResponse mine(Review review, Map<TitleRef, TitleCard> titles) {
        boolean movie = review.kind() == TitleKind.MOVIE;
        TitleCard title = titles.get(new TitleRef(review.kind(), review.titleId()));
        String name = title == null ? null : title.displayTitle();
        return new MyReviewResponse(
                ReviewResponse.from(review),
                movie ? name : null,
                movie ? null : name,
                title == null ? null : title.posterPath(),
                review.body());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Review " + id + " does not exist or is not yours");
    }

    /**
     * The rows a write references, when the foreign key said one is missing: the title (imported
     * from TMDb: 404 when TMDb does not know it, 503 when it cannot be asked, and nothing is
     * written) and the user's row.
     */
    private void createReferencedRows(CurrentUser user, TitleRef title) {
        catalog.ensurePresent(title.kind(), title.id());
        users.ensureExists(user);
    }
}
