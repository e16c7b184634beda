package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of {@code ratings}. */
record Rating(
        String uid,
        TitleKind kind,
        int titleId,
        BigDecimal ratingVal,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
