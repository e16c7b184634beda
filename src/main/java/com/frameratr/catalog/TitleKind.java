package com.frameratr.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Movies and TV shows have separate TMDb id spaces; a title is identified by kind and id. */
public enum TitleKind {
    MOVIE("movie", "movies", "Movie"),
    TV("tv", "tv", "TV show");

    private final String code;
    private final String plural;
    private final String label;

    TitleKind(String code, String plural, String label) {
        this.code = code;
        this.plural = plural;
        this.label = label;
    }

    /** The value stored in the {@code kind} columns and used in TMDb paths. */
    public String code() {
        return code;
    }

    /** The path segment of this kind's resources: {@code /api/movies/...}, {@code /api/tv/...}. */
    public String plural() {
        return plural;
    }

    public String label() {
        return label;
    }

    public static TitleKind ofCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no title kind " + code));
    }

    public static Optional<TitleKind> ofPlural(String plural) {
        return Arrays.stream(values())
                .filter(kind -> kind.plural.equals(plural))
                .findFirst();
    }
}
