package com.frameratr.ratings;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import com.frameratr.platform.ReferencedRows;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class RatingService {

    private final RatingRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transaction;

    RatingService(RatingRepository repository, Catalog catalog, Users users, TransactionTemplate transaction) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.transaction = transaction;
    }

    /**
     * One rating per user and title: a second call replaces the first (idempotent). A title not yet
     * in the catalog is imported first, outside the transaction, so a TMDb failure writes nothing.
     */
    Rating rate(CurrentUser user, TitleRef title, @Nullable BigDecimal value) {
        BigDecimal valid = RatingValue.require(value);
        return ReferencedRows.writeOrCreateFirst(() -> repository.upsert(user.uid(), title, valid), () -> {
            catalog.ensurePresent(title.kind(), title.id());
            return transaction.execute(status -> {
                users.ensureExists(user);
                return repository.upsert(user.uid(), title, valid);
            });
        });
    }

    /** Idempotent: removing a rating that is not there changes nothing. */
    void unrate(CurrentUser user, TitleRef title) {
        repository.delete(user.uid(), title);
    }

    Page<RatingResponse> mine(CurrentUser user, PageRequest page) {
        List<Rating> ratings = repository.pageForUser(user.uid(), page);
        return new Page<>(ratings, Page.total(ratings, page, () -> repository.countForUser(user.uid())), page)
                .map(RatingResponse::from);
    }
}
