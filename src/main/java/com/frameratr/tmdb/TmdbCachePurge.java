package com.frameratr.tmdb;

import com.frameratr.platform.jobs.ClusterJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the shared cache table bounded: answers past their stale retention go, then the least
 * recently used beyond {@code cacheMaxRows} rows or {@code cacheMaxBytes} bytes, once per interval
 * for the whole deployment (a cluster job). Answers served from an instance's memory are marked
 * used in the table once a minute by that instance.
 */
@Configuration(proxyBeanMethods = false)
class TmdbCachePurge {

    private static final Logger log = LoggerFactory.getLogger(TmdbCachePurge.class);

    private final CacheRepository repository;
    private final TmdbProperties properties;
    private final TmdbCache cache;

    TmdbCachePurge(CacheRepository repository, TmdbProperties properties, TmdbCache cache) {
        this.repository = repository;
        this.properties = properties;
        this.cache = cache;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${frameratr.tmdb.touch-interval:PT1M}")
    void touchUsed() {
        try {
            repository.touch(cache.drainUsedKeys());
        } catch (DataAccessException ex) {
            log.warn("Marking used TMDb cache rows failed: {}", ex.getClass().getSimpleName());
        }
    }

    @Bean
    RecurringTask<Void> tmdbCachePurgeJob(@Value("${frameratr.tmdb.purge-interval:PT15M}") Duration interval) {
        return ClusterJobs.every("tmdb-cache-purge", interval, this::purge);
    }

    void purge() {
        try {
            int deleted = repository.purge(
                    Instant.now().minus(properties.staleRetention()),
                    properties.cacheMaxRows(),
                    properties.cacheMaxBytes().toBytes());
            if (deleted > 0) {
                log.info("Purged {} expired or least recently used TMDb cache rows", deleted);
            }
        } catch (DataAccessException ex) {
            log.warn("TMDb cache purge failed: {}", ex.getClass().getSimpleName());
        }
    }
}
