package com.frameratr.favorites;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.catalog.TitleSummary;
import com.frameratr.platform.Page;
import com.frameratr.platform.PageRequest;
import com.frameratr.platform.ReferencedRows;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class FavoriteService {

    private final FavoriteRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transaction;

    FavoriteService(FavoriteRepository repository, Catalog catalog, Users users, TransactionTemplate transaction) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.transaction = transaction;
    }

    /** Idempotent; a title not yet in the catalog is imported from TMDb first. */
    void add(CurrentUser user, TitleRef title) {
        ReferencedRows.writeOrCreateFirst(() -> repository.add(user.uid(), title), () -> {
            catalog.ensurePresent(title.kind(), title.id());
            transaction.executeWithoutResult(status -> {
                users.ensureExists(user);
                repository.add(user.uid(), title);
            });
        });
    }

    /** Idempotent. */
    void remove(CurrentUser user, TitleRef title) {
        repository.remove(user.uid(), title);
    }

    Page<FavoriteResponse> list(CurrentUser user, TitleKind kind, PageRequest page) {
        List<Favorite> favorites = repository.page(user.uid(), kind, page);
        Map<Integer, TitleSummary> titles = catalog.summaries(
                kind, favorites.stream().map(Favorite::titleId).toList());
        List<FavoriteResponse> items = favorites.stream()
                .filter(favorite -> titles.containsKey(favorite.titleId()))
                .map(favorite -> new FavoriteResponse(titles.get(favorite.titleId()), favorite.createdAt()))
                .toList();
        return new Page<>(items, Page.total(favorites, page, () -> repository.count(user.uid(), kind)), page);
    }
}
