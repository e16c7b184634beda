package com.frameratr.catalog;

import com.frameratr.platform.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/** Which title a write is about: a kind and a TMDb id. */
public record TitleRef(TitleKind kind, int id) {

    public TitleRef {
        if (id < 1) {
            throw new InvalidParameterException(
                    kind == TitleKind.MOVIE ? "movie_id" : "tv_id", "must be a positive TMDb id");
        }
    }

    /** From a body carrying {@code movie_id} (the first version's field) or, new, {@code tv_id}: exactly one. */
    public static TitleRef fromBody(@Nullable Integer movieId, @Nullable Integer tvId) {
        if (movieId != null && tvId != null) {
            throw new InvalidParameterException("movie_id", "give movie_id or tv_id, not both");
        }
        if (movieId != null) {
            return new TitleRef(TitleKind.MOVIE, movieId);
        }
        if (tvId != null) {
            return new TitleRef(TitleKind.TV, tvId);
        }
        throw new InvalidParameterException("movie_id", "is required");
    }
}
