package com.frameratr.tmdb;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forgets every cached TMDb answer, for tests outside this package that change what TMDb says. */
public final class TmdbCacheReset {

    private TmdbCacheReset() {}

    public static void clear(ApplicationContext context) {
        context.getBean(JdbcClient.class).sql("DELETE FROM tmdb_cache").update();
        context.getBean(TmdbCache.class).clearMemory();
    }
}
