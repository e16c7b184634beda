package com.frameratr.reviews;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in user's reviews in {@code /api/me/reviews}: the review plus what the first
 * version's profile overlay reads, the title's name ({@code movie_title} or {@code tv_title}), its
 * poster, and the body again as {@code comment_text}.
 */
record MyReviewResponse(
        @JsonUnwrapped ReviewResponse review,
        @Schema(example = "The Dark Knight") @Nullable String movieTitle,
        @Schema(example = "null") @Nullable String tvTitle,

        @Schema(example = "/qJ2tW6WMUDux911r6m7haRef0WH.jpg") @Nullable
        String posterPath,

        @Schema(example = "Ledger's Joker carries the film.", description = "the body, as the first version named it")
        String commentText) {}
