package com.frameratr.reviews;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A review in a title's listing: the first version's fields plus the author's rating and flags. */
record TitleReviewResponse(
        @Schema(example = "42") long id,

        @Schema(example = "Ledger's Joker carries the film.")
        String body,

        @Schema(example = "false") boolean spoiler,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime createdAt,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime updatedAt,
        @Schema(example = "Ada") @Nullable String displayName,
        @Schema(example = "hY3kP0XoQ2bKc9s1") String uid,

        @Schema(example = "9.5", description = "the author's rating of the title, null if none") @Nullable
        BigDecimal rating) {}
