package com.frameratr.tmdb;

import java.time.Duration;

/** What an upstream answer is, which decides how long it stays fresh. */
enum CacheKind {
    LIST,
    DETAILS,
    SEARCH,
    GENRES;

    Duration ttl(TmdbProperties.Ttl ttl) {
        return switch (this) {
            case LIST -> ttl.lists();
            case DETAILS -> ttl.details();
            case SEARCH -> ttl.search();
            case GENRES -> ttl.genres();
        };
    }
}
