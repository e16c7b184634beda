package com.frameratr.reviews;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.ApiException;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import com.frameratr.platform.ReferencedRows;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's own reviews: write one per title, change or delete only one's own. */
@Service
class ReviewWriteService {

    private final ReviewRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transaction;

    ReviewWriteService(ReviewRepository repository, Catalog catalog, Users users, TransactionTemplate transaction) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.transaction = transaction;
    }

    /** Upsert: the user's review of the title is created or replaced (idempotent). */
    Review write(CurrentUser user, TitleRef title, String body, boolean spoiler) {
        return ReferencedRows.writeOrCreateFirst(() -> repository.upsert(user.uid(), title, body, spoiler), () -> {
            catalog.ensurePresent(title.kind(), title.id());
            return transaction.execute(status -> {
                users.ensureExists(user);
                return repository.upsert(user.uid(), title, body, spoiler);
            });
        });
    }

    /** Another user's review answers 404, like a missing one, to reveal nothing. */
    Review update(CurrentUser user, long id, String body, @Nullable Boolean spoiler) {
        return repository.updateOwn(id, user.uid(), body, spoiler).orElseThrow(() -> notFound(id));
    }

    void delete(CurrentUser user, long id) {
        if (!repository.deleteOwn(id, user.uid())) {
            throw notFound(id);
        }
    }

    Page<ReviewResponse> mine(CurrentUser user, PageRequest page) {
        List<Review> reviews = repository.pageForUser(user.uid(), page);
        return new Page<>(reviews, Page.total(reviews, page, () -> repository.countForUser(user.uid())), page)
                .map(ReviewResponse::from);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Review " + id + " does not exist or is not yours");
    }
}
