package com.frameratr.catalog;

/** A title as lists show it: a {@link MovieResponse} or a {@link TvShowResponse}. */
public sealed interface TitleSummary permits MovieResponse, TvShowResponse {

    static TitleSummary from(Title title) {
        return title.kind().equals(TitleKind.TV.code()) ? TvShowResponse.from(title) : MovieResponse.from(title);
    }
}
