package com.frameratr.diary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A user's viewing statistics for a year, or for their whole diary. */
record StatsResponse(
        @Schema(example = "2026", description = "null: the whole diary") @Nullable
        Integer year,

        @Schema(example = "112", description = "distinct movies logged")
        int filmsWatched,

        @Schema(example = "9", description = "distinct TV shows logged")
        int showsWatched,

        @Schema(example = "131", description = "diary entries")
        int viewings,

        @Schema(example = "14") int rewatches,

        @Schema(example = "231.5", description = "runtime sum, one decimal; a TV show's viewing counts one episode")
        BigDecimal hoursWatched,

        @Schema(description = "viewings per month, January first")
        List<Integer> byMonth,

        @Schema(description = "viewings per weekday, Monday first")
        List<Integer> byWeekday,

        @Schema(description = "the 10 genres with most viewings")
        List<GenreCount> topGenres,

        @Schema(
                description = "ratings per value, 0.5 first: with `year` those given with that year's viewings,"
                        + " without it the user's current ratings")
        List<Integer> ratingHistogram,

        @Schema(example = "7.5") @Nullable BigDecimal averageRating,

        @Schema(description = "the 10 titles logged most often")
        List<MostWatchedTitle> mostWatched) {

    record GenreCount(
            @Schema(example = "Drama") String genre,
            @Schema(example = "41") int count) {}

    record MostWatchedTitle(
            @JsonUnwrapped TitleCard title,
            @Schema(example = "3") int watchCount,
            @Schema(example = "2026-11-30") java.time.LocalDate lastWatchedOn) {}
}
