package com.frameratr.catalog;

import org.jspecify.annotations.Nullable;

/** A title as lists show it: a {@link MovieResponse} or a {@link TvShowResponse}. */
public sealed interface TitleSummary permits MovieResponse, TvShowResponse {

    /** The title of a movie, the name of a TV show. */
    String displayTitle();

    @Nullable
    String posterPath();

    static TitleSummary from(Title title) {
        return title.kind().equals(TitleKind.TV.code()) ? TvShowResponse.from(title) : MovieResponse.from(title);
    }
}
