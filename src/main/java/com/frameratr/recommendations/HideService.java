package com.frameratr.recommendations;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.limits.UserLimit;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Hiding a title from one's recommendations, idempotent both ways and bounded per user. */
@Service
class HideService {

    private final HideRepository hides;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transactions;
    private final UserLimit limit;

    HideService(
            HideRepository hides,
            Catalog catalog,
            Users users,
            TransactionTemplate transactions,
            @Qualifier(RecommendationLimits.HIDDEN_TITLES) UserLimit limit) {
        this.hides = hides;
        this.catalog = catalog;
        this.users = users;
        this.transactions = transactions;
        this.limit = limit;
    }

    /**
     * A title not in the catalog (a TMDb recommendation) is imported first, with the rules of
     * favorites: 404 when TMDb does not know it, 503 when it cannot be asked. Counted after the
     * insert, so a 409 past the limit rolls it back.
     */
    void hide(CurrentUser user, TitleRef title) {
        ReferencedRows.writeOrCreateFirst(
                transactions,
                () -> {
                    boolean added = hides.hide(user.uid(), title);
                    if (added) {
                        limit.check(hides.count(user.uid()) - 1, 1);
                    }
                    return added;
                },
                () -> {
                    catalog.ensurePresent(title.kind(), title.id());
                    users.ensureExists(user);
                });
    }

    void unhide(CurrentUser user, TitleRef title) {
        hides.unhide(user.uid(), title);
    }
}
