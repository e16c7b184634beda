package com.frameratr.library;

import com.frameratr.catalog.TitleRef;

/**
 * A user's shelf of titles: a title is on it or not, since when. Each shelf is a table of the same
 * shape ({@code uid, kind, title_id, created_at}, primary key {@code (uid, kind, title_id)}, an
 * index on {@code (uid, kind, created_at DESC)}), so one repository and one service serve them all.
 */
enum Shelf {
    FAVORITES("favorites"),
    WATCHLIST("watchlist");

    private final String table;

    Shelf(String table) {
        this.table = table;
    }

    /** A constant of this class, never client input: the repository's SQL names it. */
    String table() {
        return table;
    }

    /** The fact to publish when a title was put on the shelf (only when it was not on it yet). */
    Object added(String uid, TitleRef title) {
        return switch (this) {
            case FAVORITES -> new FavoriteAdded(uid, title);
            case WATCHLIST -> new WatchlistAdded(uid, title);
        };
    }

    /** The fact to publish when a title was taken off the shelf. */
    Object removed(String uid, TitleRef title) {
        return switch (this) {
            case FAVORITES -> new FavoriteRemoved(uid, title);
            case WATCHLIST -> new WatchlistRemoved(uid, title);
        };
    }
}
