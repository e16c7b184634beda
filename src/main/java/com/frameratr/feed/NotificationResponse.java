package com.frameratr.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One item of {@code GET /api/me/notifications}. */
record NotificationResponse(
        @Schema(description = "increasing with time; POST /api/me/notifications/read takes it as `up_to`")
        long id,

        @Schema(
                example = "review_liked",
                description = "followed | follow_requested | review_liked | list_liked | review_commented |"
                        + " list_commented | comment_replied")
        String type,

        PersonCard actor,
        OffsetDateTime at,
        boolean read,

        @Schema(description = "the review liked or commented on (or replied under)") @Nullable
        Long reviewId,

        @Schema(description = "the list liked or commented on (or replied under)") @Nullable
        Long listId,

        @Schema(description = "the comment or reply") @Nullable
        Long commentId) {}
