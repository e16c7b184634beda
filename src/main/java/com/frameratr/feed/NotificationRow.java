package com.frameratr.feed;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

record NotificationRow(
        long id,
        String type,
        String actorUid,
        OffsetDateTime at,
        boolean read,
        @Nullable Long reviewId,
        @Nullable Long listId,
        @Nullable Long commentId) {}
