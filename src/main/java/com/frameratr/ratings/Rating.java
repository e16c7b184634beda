package com.frameratr.ratings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of {@code ratings}. */
record Rating(
        String uid,
        String kind,
        int titleId,
        BigDecimal ratingVal,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
