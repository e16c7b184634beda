package com.frameratr.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A TV show in lists, with TMDb's names for TV fields ({@code name}, {@code first_air_date}). */
record TvCard(
        @Schema(example = "1396") int id,
        @Schema(example = "1396") int tmdbId,
        @Schema(example = "Breaking Bad") String name,
        @Schema(example = "2008-01-20") @Nullable LocalDate firstAirDate,

        @Schema(example = "/ztkUQFLlC19CCMYHW9o1zWhJRNq.jpg") @Nullable
        String posterPath,

        @Schema(example = "/tsRy63Mu5cu8etL1X7ZLyf7UP1M.jpg") @Nullable
        String backdropPath,

        @Schema(example = "A chemistry teacher diagnosed with cancer turns to crime.") @Nullable
        String overview,

        @Schema(example = "8.9") double voteAverage,
        @Schema(example = "14000") int voteCount,
        @Schema(example = "300.1") double popularity,

        @Schema(example = "47", description = "typical episode length in minutes") @Nullable
        Integer runtime,

        @Schema(example = "5") @Nullable Integer numberOfSeasons,
        @Schema(example = "62") @Nullable Integer numberOfEpisodes,
        @Schema(example = "en") @Nullable String originalLanguage,
        @Schema(example = "Breaking Bad") @Nullable String originalName)
        implements TitleCard {

    static TvCard from(Title t) {
        return new TvCard(
                t.id(),
                t.id(),
                t.title(),
                t.releaseDate(),
                t.posterPath(),
                t.backdropPath(),
                t.overview(),
                t.voteAverage(),
                t.voteCount(),
                t.popularity(),
                t.runtime(),
                t.numberOfSeasons(),
                t.numberOfEpisodes(),
                t.originalLanguage(),
                t.originalTitle());
    }

    @Override
    @JsonIgnore
    public TitleKind kind() {
        return TitleKind.TV;
    }

    @Override
    @JsonIgnore
    public String displayTitle() {
        return name;
    }
}
