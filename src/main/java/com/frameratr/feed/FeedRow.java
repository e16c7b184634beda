package com.frameratr.feed;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One activity of the feed with what its item shows of the review or list it is about. */
record FeedRow(
        long id,
        String type,
        String actorUid,
        OffsetDateTime at,
        @Nullable String kind,
        @Nullable Integer titleId,
        @Nullable BigDecimal ratingVal,
        @Nullable String otherUid,
        @Nullable Long reviewId,
        @Nullable String reviewExcerpt,
        @Nullable Boolean reviewSpoiler,
        @Nullable BigDecimal reviewRating,
        @Nullable Long listId,
        @Nullable String listName) {}
