package com.frameratr.titles;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleDetail;
import com.frameratr.ratings.RatingSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A movie or TV show with its detail fields: the list fields (unwrapped), TMDb's rating under the
 * first version's names, genre names, the FrameRatr users' rating summary and community counts, and
 * for a signed-in reader their own state.
 */
record TitlePageResponse(
        @JsonUnwrapped TitleCard title,
        @Schema(example = "8.516") double tmdbRating,
        @Schema(example = "33141") int tmdbVotes,

        @Schema(example = "[\"Action\", \"Crime\", \"Drama\"]")
        List<String> genres,

        @Schema(example = "3") int userRatingCount,

        @Schema(example = "8.5", description = "one decimal; null when nobody has rated the title") @Nullable
        BigDecimal userRatingAvg,

        @Schema(description = "number of ratings per value, \"0.5\" to \"10.0\"", example = "{\"8.0\": 1, \"9.0\": 2}")
        Map<String, Integer> ratingHistogram,

        @Schema(example = "1204", description = "viewings logged by FrameRatr's users")
        int watchCount,

        @Schema(example = "311", description = "users with the title among their favorites")
        int fanCount,

        @Schema(example = "27", description = "public lists that hold the title")
        int listCount,

        @Schema(description = "the reader's own state; present only when a valid Bearer token was sent")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        ViewerState viewer) {

    TitlePageResponse withViewer(ViewerState viewer) {
        return new TitlePageResponse(
                title,
                tmdbRating,
                tmdbVotes,
                genres,
                userRatingCount,
                userRatingAvg,
                ratingHistogram,
                watchCount,
                fanCount,
                listCount,
                viewer);
    }

    static TitlePageResponse of(
            TitleDetail detail,
            RatingSummary ratings,
            TitleCountsRepository.Counts counts,
            int listCount,
            @Nullable ViewerState viewer) {
        return new TitlePageResponse(
                detail.card(),
                detail.tmdbRating(),
                detail.tmdbVotes(),
                detail.genres(),
                ratings.count(),
                ratings.average(),
                ratings.histogramByValue(),
                counts.watchCount(),
                counts.fanCount(),
                listCount,
                viewer);
    }
}
