package com.frameratr.tmdb;

/** An answer and where it came from: {@code X-Cache} HIT (fresh, cached), MISS (fetched now) or STALE. */
record Served(CachedAnswer answer, Source source) {

    enum Source {
        HIT,
        MISS,
        STALE
    }
}
