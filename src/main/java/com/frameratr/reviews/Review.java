package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import java.time.OffsetDateTime;

/** A row of {@code reviews}. */
record Review(
        long id,
        String uid,
        TitleKind kind,
        int titleId,
        String body,
        boolean spoiler,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
