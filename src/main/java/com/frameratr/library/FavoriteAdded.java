package com.frameratr.library;

import com.frameratr.catalog.TitleRef;

/** A title became one of a user's favorites (published once: adding it again changes nothing). */
public record FavoriteAdded(String uid, TitleRef title) {}
