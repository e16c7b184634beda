package com.frameratr.tmdb;

/** TMDb's lists that the catalog import walks through. */
public enum TmdbList {
    POPULAR,
    TOP_RATED,
    /** Trending this week. */
    TRENDING;

    String path(String mediaType) {
        return switch (this) {
            case POPULAR -> "/" + mediaType + "/popular";
            case TOP_RATED -> "/" + mediaType + "/top_rated";
            case TRENDING -> "/trending/" + mediaType + "/week";
        };
    }
}
