package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import org.jspecify.annotations.Nullable;

/** One thing a user did with a title that the taste model learns from. */
record Signal(
        TitleKind kind,
        int titleId,
        Source source,
        @Nullable Double ratingVal) {

    enum Source {
        RATED,
        FAVORITED,
        LIKED_VIEWING,
        VIEWED,
        WATCHLISTED
    }
}
