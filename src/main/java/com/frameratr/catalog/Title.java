package com.frameratr.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of {@code titles}. TV shows keep their name in {@code title} and first air date in {@code releaseDate}. */
record Title(
        TitleKind kind,
        int id,
        String title,
        @Nullable String originalTitle,
        @Nullable String originalLanguage,
        @Nullable String overview,
        @Nullable LocalDate releaseDate,
        @Nullable String posterPath,
        @Nullable String backdropPath,
        @Nullable Integer runtime,
        @Nullable Integer numberOfSeasons,
        @Nullable Integer numberOfEpisodes,
        double voteAverage,
        int voteCount,
        double popularity) {}
