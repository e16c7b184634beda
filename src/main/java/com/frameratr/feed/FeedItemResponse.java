package com.frameratr.feed;

import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One item of {@code GET /api/feed}; the members that do not apply to its type are null. */
record FeedItemResponse(
        long id,

        @Schema(
                example = "logged",
                description = "logged | reviewed | liked_review | created_list | updated_list | followed")
        String type,

        PersonCard actor,
        OffsetDateTime at,

        @Schema(description = "the title viewed, reviewed or whose review was liked") @Nullable
        TitleCard title,

        @Nullable ReviewItem review,
        @Nullable ListItem list,

        @Schema(example = "8.5", description = "the rating logged with the viewing") @Nullable
        BigDecimal ratingVal,

        @Schema(description = "the user followed, or the author of the liked review") @Nullable
        PersonCard user) {

    record ReviewItem(
            long id,

            @Schema(description = "the body's first " + FeedRepository.EXCERPT + " characters")
            String excerpt,

            boolean spoiler,

            @Schema(example = "9", description = "the author's current rating of the title") @Nullable
            BigDecimal rating) {}

    record ListItem(long id, String name) {}
}
