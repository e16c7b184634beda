package com.frameratr.reviews;

import java.time.OffsetDateTime;

/** A row of {@code reviews}. */
record Review(
        long id,
        String uid,
        String kind,
        int titleId,
        String body,
        boolean spoiler,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
