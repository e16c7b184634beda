package com.frameratr.library;

import com.frameratr.platform.limits.UserLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shelves' limits, stated in {@code GET /api/me/limits}. */
@Configuration(proxyBeanMethods = false)
class LibraryLimits {

    static final String WATCHLIST_TITLES = "watchlistTitles";

    /** At most the numbered-paging window, so every sort of the watchlist reaches its last title by page. */
    @Bean(WATCHLIST_TITLES)
    UserLimit watchlistTitles(@Value("${frameratr.limits.watchlist-titles:10000}") int max) {
        return new UserLimit("watchlist_titles", max, "titles on the watchlist, movies and TV shows together");
    }
}
