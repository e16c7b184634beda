package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One user's rating of one title; {@code movie_id} or {@code tv_id} is set as the kind says. */
record RatingResponse(
        @Schema(example = "movie") String kind,
        @Schema(example = "155") @Nullable Integer movieId,
        @Schema(example = "null") @Nullable Integer tvId,
        @Schema(example = "8.5") BigDecimal ratingVal,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static RatingResponse from(Rating rating) {
        boolean movie = rating.kind() == TitleKind.MOVIE;
        return new RatingResponse(
                rating.kind().code(),
                movie ? rating.titleId() : null,
                movie ? null : rating.titleId(),
                rating.ratingVal(),
                rating.createdAt(),
                rating.updatedAt());
    }
}
