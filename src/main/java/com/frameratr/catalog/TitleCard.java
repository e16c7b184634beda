package com.frameratr.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A title as lists show it, the read model other features put in their lists (favorites, reviews
 * of a user, later the watchlist and the diary). Its JSON is the first version's: a movie's fields
 * ({@code title}, {@code release_date}, {@code original_title}) or a TV show's ({@code name},
 * {@code first_air_date}, {@code original_name}, seasons and episodes); other features put it in
 * their responses with {@code @JsonUnwrapped}.
 */
public sealed interface TitleCard permits MovieCard, TvCard {

    TitleKind kind();

    int id();

    /** The title of a movie, the name of a TV show. */
    String displayTitle();

    @Nullable
    String posterPath();

    static TitleCard from(Title title) {
        return title.kind() == TitleKind.TV ? TvCard.from(title) : MovieCard.from(title);
    }
}
