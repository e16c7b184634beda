package com.frameratr.ratings;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class RatingService {

    private final RatingRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    RatingService(
            RatingRepository repository,
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

    /**
     * One rating per user and title: a second call replaces the first (idempotent). One statement
     * when the user's row and the title exist; otherwise they are created first (a TMDb failure
     * then writes no rating) and the statement runs again. Publishes {@link TitleRated}.
     */
    Rating rate(CurrentUser user, TitleRef title, @Nullable BigDecimal value) {
        BigDecimal valid = RatingValue.require(value);
        return ReferencedRows.writeOrCreateFirst(
                transactions, () -> rateWithin(user.uid(), title, valid), () -> createReferencedRows(user, title));
    }

    /** The upsert and its event in the caller's transaction; the value is valid, the referenced rows exist. */
    Rating rateWithin(String uid, TitleRef title, BigDecimal valid) {
        Rating rating = repository.upsert(uid, title, valid);
        events.publishEvent(new TitleRated(uid, title, rating.ratingVal(), rating.updatedAt()));
        return rating;
    }

    /** Idempotent: removing a rating that is not there changes nothing (and publishes nothing). */
    void unrate(CurrentUser user, TitleRef title) {
        transactions.executeWithoutResult(status -> {
            if (repository.delete(user.uid(), title)) {
                events.publishEvent(new RatingRemoved(user.uid(), title));
            }
        });
    }

    /** The user's ratings, most recently changed first (theirs, or a profile's the caller may see). */
    Page<RatingResponse> byUser(String uid, PageRequest page) {
        List<Rating> ratings = repository.pageForUser(uid, page);
        return new Page<>(ratings, Page.total(ratings, page, () -> repository.countForUser(uid)), page)
                .withNextCursor(RatingRepository::cursorOf)
                .map(RatingResponse::from);
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
