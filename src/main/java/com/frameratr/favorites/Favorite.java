package com.frameratr.favorites;

import java.time.OffsetDateTime;

/** A row of {@code favorites}. */
record Favorite(String uid, String kind, int titleId, OffsetDateTime createdAt) {}
