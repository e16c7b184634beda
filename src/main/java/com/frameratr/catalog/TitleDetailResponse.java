package com.frameratr.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A movie or TV show with its detail fields: the list fields (unwrapped), TMDb's rating under the
 * first version's names, genre names and the FrameRatr users' rating summary.
 */
record TitleDetailResponse<T>(
        @JsonUnwrapped T title,
        @Schema(example = "8.516") double tmdbRating,
        @Schema(example = "33141") int tmdbVotes,

        @Schema(example = "[\"Action\", \"Crime\", \"Drama\"]")
        List<String> genres,

        @Schema(example = "3") int userRatingCount,

        @Schema(example = "8.5", description = "one decimal; null when nobody has rated the title") @Nullable
        BigDecimal userRatingAvg,

        @Schema(description = "number of ratings per value, \"0.5\" to \"10.0\"", example = "{\"8.0\": 1, \"9.0\": 2}")
        Map<String, Integer> ratingHistogram) {

    static <T> TitleDetailResponse<T> from(TitleDetail detail, T title) {
        RatingSummary ratings = detail.ratings();
        return new TitleDetailResponse<>(
                title,
                detail.title().voteAverage(),
                detail.title().voteCount(),
                detail.genres(),
                ratings.count(),
                ratings.average(),
                ratings.histogramByValue());
    }
}
