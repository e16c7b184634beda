package com.frameratr.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A movie in lists; the first version's field names. {@code id} and {@code tmdb_id} are both the TMDb id. */
record MovieCard(
        @Schema(example = "155") int id,
        @Schema(example = "155") int tmdbId,
        @Schema(example = "The Dark Knight") String title,
        @Schema(example = "2008-07-16") @Nullable LocalDate releaseDate,

        @Schema(example = "/qJ2tW6WMUDux911r6m7haRef0WH.jpg") @Nullable
        String posterPath,

        @Schema(example = "/nMKdUUepR0i5zn0y1T4CsSB5chy.jpg") @Nullable
        String backdropPath,

        @Schema(example = "Batman raises the stakes in his war on crime.") @Nullable
        String overview,

        @Schema(example = "8.516") double voteAverage,
        @Schema(example = "33141") int voteCount,
        @Schema(example = "28.4") double popularity,
        @Schema(example = "152") @Nullable Integer runtime,
        @Schema(example = "en") @Nullable String originalLanguage,
        @Schema(example = "The Dark Knight") @Nullable String originalTitle)
        implements TitleCard {

    static MovieCard from(Title t) {
        return new MovieCard(
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
                t.originalLanguage(),
                t.originalTitle());
    }

    @Override
    @JsonIgnore
    public TitleKind kind() {
        return TitleKind.MOVIE;
    }

    @Override
    @JsonIgnore
    public String displayTitle() {
        return title;
    }
}
