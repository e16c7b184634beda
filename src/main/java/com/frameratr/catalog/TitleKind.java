package com.frameratr.catalog;

/** Movies and TV shows have separate TMDb id spaces; a title is identified by kind and id. */
public enum TitleKind {
    MOVIE("movie", "Movie"),
    TV("tv", "TV show");

    private final String code;
    private final String label;

    TitleKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value stored in the {@code kind} columns and used in TMDb paths. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
