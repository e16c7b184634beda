package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code reviews}, with the counters and the author's rating the database keeps on it (V15,
 * V16).
 */
record Review(
        long id,
        String uid,
        TitleKind kind,
        int titleId,
        String body,
        boolean spoiler,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int likeCount,
        int commentCount,
        @Nullable BigDecimal authorRating) {

    TitleRef title() {
        return new TitleRef(kind, titleId);
    }
}
