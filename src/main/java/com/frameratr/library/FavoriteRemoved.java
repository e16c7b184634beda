package com.frameratr.library;

import com.frameratr.catalog.TitleRef;

/** A title stopped being one of a user's favorites. */
public record FavoriteRemoved(String uid, TitleRef title) {}
