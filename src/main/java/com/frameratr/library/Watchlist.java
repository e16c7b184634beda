package com.frameratr.library;

import com.frameratr.catalog.TitleRef;
import org.springframework.stereotype.Component;

/** What other features may ask of the watchlist. */
@Component
public class Watchlist {

    private final ShelfRepository repository;
    private final ShelfService shelves;

    Watchlist(ShelfRepository repository, ShelfService shelves) {
        this.repository = repository;
        this.shelves = shelves;
    }

    public boolean contains(String uid, TitleRef title) {
        return !repository
                .among(Shelf.WATCHLIST, uid, title.kind(), java.util.List.of(title.id()))
                .isEmpty();
    }

    /**
     * Takes the title off the watchlist as part of the caller's transaction (a viewing was logged);
     * publishes {@link WatchlistRemoved} when it was on it.
     */
    public void removeWithin(String uid, TitleRef title) {
        shelves.removeWithin(Shelf.WATCHLIST, uid, title);
    }
}
