package com.frameratr.reviews;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A review in a title's listing: the first version's fields plus the author's rating and flags. The
 * author is shown by public handle and display name; the Firebase uid stays private.
 */
record TitleReviewResponse(
        @Schema(example = "42") long id,

        @Schema(example = "Ledger's Joker carries the film.")
        String body,

        @Schema(example = "false") boolean spoiler,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime createdAt,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime updatedAt,
        @Schema(example = "Ada") @Nullable String displayName,

        @Schema(example = "ada_l", description = "the author's public handle")
        String handle,

        @Schema(example = "9.5", description = "the author's rating of the title, null if none") @Nullable
        BigDecimal rating,

        @Schema(example = "12") int likeCount,

        @Schema(example = "3", description = "comments and replies under the review")
        int commentCount,

        @Schema(example = "false", description = "whether the caller likes it; false without a token")
        boolean likedByMe) {}
