package com.frameratr.library;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What other features may ask of favorites. */
@Component
public class Favorites {

    private final ShelfRepository repository;
    private final ShelfService shelves;

    Favorites(ShelfRepository repository, ShelfService shelves) {
        this.repository = repository;
        this.shelves = shelves;
    }

    /** The user's most recently added favorites of a kind, newest first. */
    public List<Integer> recent(String uid, TitleKind kind, int limit) {
        return repository.recentIds(Shelf.FAVORITES, uid, kind, limit);
    }

    /** The user's most recently added favorites of both kinds, newest first. */
    public List<TitleRef> recentTitles(String uid, int limit) {
        return repository.recentTitles(Shelf.FAVORITES, uid, limit);
    }

    /** Which of the given titles the user has favorited. */
    public Set<Integer> favoritedAmong(String uid, TitleKind kind, Collection<Integer> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(repository.among(Shelf.FAVORITES, uid, kind, ids));
    }

    /**
     * Makes the title a favorite as part of the caller's transaction, whose user row and title
     * exist (idempotent; publishes {@link FavoriteAdded} when it was not one yet).
     */
    public void addWithin(String uid, TitleRef title) {
        shelves.addWithin(Shelf.FAVORITES, uid, title);
    }
}
