package com.frameratr.catalog;

import com.frameratr.platform.problems.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A request body that names its title the first version's way, {@code movie_id}, or (new)
 * {@code tv_id}: exactly one. Request records implement it; errors name the JSON field.
 */
public interface TitleInBody {

    @Nullable
    Integer movieId();

    @Nullable
    Integer tvId();

    default TitleRef title() {
        Integer movieId = movieId();
        Integer tvId = tvId();
        if (movieId != null && tvId != null) {
            throw new InvalidInputException("movie_id", "give movie_id or tv_id, not both");
        }
        if (movieId == null && tvId == null) {
            throw new InvalidInputException("movie_id", "is required");
        }
        String field = movieId != null ? "movie_id" : "tv_id";
        int id = movieId != null ? movieId : tvId;
        if (id < 1) {
            throw new InvalidInputException(field, "must be a positive TMDb id");
        }
        return new TitleRef(movieId != null ? TitleKind.MOVIE : TitleKind.TV, id);
    }
}
