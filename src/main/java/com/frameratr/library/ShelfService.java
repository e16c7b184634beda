package com.frameratr.library;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.jdbc.ReferencedRows;
import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts titles on a user's shelves and takes them off, idempotently, and lists a shelf. */
@Service
class ShelfService {

    private final ShelfRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final UserLimit watchlistLimit;

    ShelfService(
            ShelfRepository repository,
            Catalog catalog,
            Users users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            @Qualifier(LibraryLimits.WATCHLIST_TITLES) UserLimit watchlistLimit) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.watchlistLimit = watchlistLimit;
    }

    /**
     * Idempotent; a title not yet in the catalog is imported from TMDb first (404 when TMDb does not
     * know it, 503 when it cannot be asked, and nothing is written).
     */
    void add(Shelf shelf, CurrentUser user, TitleRef title) {
        ReferencedRows.writeOrCreateFirst(transactions, () -> addWithin(shelf, user.uid(), title), () -> {
            catalog.ensurePresent(title.kind(), title.id());
            users.ensureExists(user);
        });
    }

    /**
     * The add as part of the caller's transaction (the user's row and the title exist). The limit
     * is counted only when the title was new, after the insert, so the add is one statement while
     * the shelf is below its limit, and a 409 rolls the insert back.
     */
    boolean addWithin(Shelf shelf, String uid, TitleRef title) {
        if (!repository.add(shelf, uid, title)) {
            return false;
        }
        if (shelf == Shelf.WATCHLIST) {
            watchlistLimit.check(repository.countAll(shelf, uid) - 1, 1);
        }
        events.publishEvent(shelf.added(uid, title));
        return true;
    }

    /** Idempotent. */
    void remove(Shelf shelf, CurrentUser user, TitleRef title) {
        transactions.executeWithoutResult(status -> removeWithin(shelf, user.uid(), title));
    }

    boolean removeWithin(Shelf shelf, String uid, TitleRef title) {
        if (!repository.remove(shelf, uid, title)) {
            return false;
        }
        events.publishEvent(shelf.removed(uid, title));
        return true;
    }

    Page<ShelfItem> list(Shelf shelf, CurrentUser user, TitleKind kind, ShelfSort sort, PageRequest page) {
        if (page.byCursor() && sort != ShelfSort.ADDED) {
            throw new InvalidInputException("cursor", "cursor paging follows sort=added; other sorts page by number");
        }
        List<ShelfEntry> entries = repository.page(shelf, user.uid(), kind, sort, page);
        Map<Integer, TitleCard> titles =
                catalog.cards(kind, entries.stream().map(ShelfEntry::titleId).toList());
        List<ShelfItem> items = entries.stream()
                .filter(entry -> titles.containsKey(entry.titleId()))
                .map(entry -> new ShelfItem(titles.get(entry.titleId()), entry))
                .toList();
        long total = Page.total(entries, page, () -> repository.count(shelf, user.uid(), kind));
        Page<ShelfEntry> read = new Page<>(entries, total, page);
        String next = sort == ShelfSort.ADDED
                ? read.withNextCursor(ShelfRepository::cursorOf).nextCursor()
                : null;
        return new Page<>(items, total, page, next);
    }

    /** A title on a shelf with its list fields. */
    record ShelfItem(TitleCard title, ShelfEntry entry) {}
}
