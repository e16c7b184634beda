package com.frameratr.tmdb;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the shared cache table bounded: answers past their stale retention go, then the oldest
 * beyond {@code cacheMaxRows}. Every instance runs it; the deletes are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TmdbCachePurge {

    private static final Logger log = LoggerFactory.getLogger(TmdbCachePurge.class);

    private final CacheRepository repository;
    private final TmdbProperties properties;

    TmdbCachePurge(CacheRepository repository, TmdbProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${frameratr.tmdb.purge-interval:PT15M}")
    void purge() {
        try {
            int deleted = repository.purge(Instant.now().minus(properties.staleRetention()), properties.cacheMaxRows());
            if (deleted > 0) {
                log.info("Purged {} expired TMDb cache rows", deleted);
            }
        } catch (DataAccessException ex) {
            log.warn("TMDb cache purge failed: {}", ex.getClass().getSimpleName());
        }
    }
}
