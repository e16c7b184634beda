package com.frameratr.library;

import com.frameratr.catalog.TitleRef;

/** A title was taken off a user's watchlist: by the user, or because they logged a viewing of it. */
public record WatchlistRemoved(String uid, TitleRef title) {}
