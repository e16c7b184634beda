package com.frameratr.favorites;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class FavoriteService {

    private final FavoriteRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    FavoriteService(
            FavoriteRepository repository,
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

    /** Idempotent; a title not yet in the catalog is imported from TMDb first. Publishes {@link FavoriteAdded}. */
    void add(CurrentUser user, TitleRef title) {
        ReferencedRows.writeOrCreateFirst(
                transactions,
                () -> {
                    if (repository.add(user.uid(), title)) {
                        events.publishEvent(new FavoriteAdded(user.uid(), title));
                    }
                    return title;
                },
                () -> createReferencedRows(user, title));
    }

    /** Idempotent. Publishes {@link FavoriteRemoved} when it removed one. */
    void remove(CurrentUser user, TitleRef title) {
        transactions.executeWithoutResult(status -> {
            if (repository.remove(user.uid(), title)) {
                events.publishEvent(new FavoriteRemoved(user.uid(), title));
            }
        });
    }

    Page<FavoriteResponse> list(CurrentUser user, TitleKind kind, PageRequest page) {
        List<Favorite> favorites = repository.page(user.uid(), kind, page);
        Map<Integer, TitleCard> titles =
                catalog.cards(kind, favorites.stream().map(Favorite::titleId).toList());
        List<FavoriteResponse> items = favorites.stream()
                .filter(favorite -> titles.containsKey(favorite.titleId()))
                .map(favorite -> new FavoriteResponse(titles.get(favorite.titleId()), favorite.createdAt()))
                .toList();
        long total = Page.total(favorites, page, () -> repository.count(user.uid(), kind));
        String next = new Page<>(favorites, total, page)
                .withNextCursor(FavoriteRepository::cursorOf)
                .nextCursor();
        return new Page<>(items, total, page, next);
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
