package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A review as its author sees it: the first version's fields plus kind, spoiler flag and update time. */
record ReviewResponse(
        @Schema(example = "42") long id,
        @Schema(example = "movie") String kind,
        @Schema(example = "155") @Nullable Integer movieId,
        @Schema(example = "null") @Nullable Integer tvId,
        @Schema(example = "hY3kP0XoQ2bKc9s1") String uid,

        @Schema(example = "Ledger's Joker carries the film.")
        String body,

        @Schema(example = "false") boolean spoiler,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ReviewResponse from(Review review) {
        boolean movie = review.kind() == TitleKind.MOVIE;
        return new ReviewResponse(
                review.id(),
                review.kind().code(),
                movie ? review.titleId() : null,
                movie ? null : review.titleId(),
                review.uid(),
                review.body(),
                review.spoiler(),
                review.createdAt(),
                review.updatedAt());
    }
}
