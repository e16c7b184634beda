package com.frameratr.comments;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code reports} (V16): one user's report of one review, comment or list. */
record Report(
        long id,
        @Nullable Long reviewId,
        @Nullable Long commentId,
        @Nullable Long listId,
        String reason,
        String status,
        OffsetDateTime createdAt) {}
