package com.frameratr.library;

import com.frameratr.catalog.TitleRef;

/** A title was put on a user's watchlist (published once: adding it again changes nothing). */
public record WatchlistAdded(String uid, TitleRef title) {}
