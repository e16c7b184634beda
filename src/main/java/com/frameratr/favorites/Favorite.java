package com.frameratr.favorites;

import com.frameratr.catalog.TitleKind;
import java.time.OffsetDateTime;

/** A row of {@code favorites}. */
record Favorite(String uid, TitleKind kind, int titleId, OffsetDateTime createdAt) {}
