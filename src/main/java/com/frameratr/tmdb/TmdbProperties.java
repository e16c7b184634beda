package com.frameratr.tmdb;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * TMDb settings; the first three come from the environment (see docs/tmdb.md).
 *
 * @param token {@code TMDB_TOKEN}: a v4 read access token, or a 32-hex v3 API key; blank = not configured
 * @param baseUrl {@code TMDB_BASE_URL}: TMDb's API root, a fake one in tests
 * @param sleepSec {@code TMDB_SLEEP_SEC}: minimum seconds between two TMDb calls of the whole deployment
 * @param connectTimeout TCP connect timeout of one attempt
 * @param readTimeout time to the response of one attempt
 * @param maxAttempts attempts per request, the first included (429, 5xx, I/O errors are retried)
 * @param retryBudget total time one request may spend on attempts, backoff and Retry-After waits
 * @param retryBackoff base of the jittered exponential backoff between attempts
 * @param maxQueueWait a title import that would wait longer than this for its rate-limit slot fails fast
 * @param browseQueueWait the same for the public proxy and background refreshes; shorter, so that
 *     browsing never fills the queue that imports wait in
 * @param backgroundImportShare the share (0..1] of the deployment's TMDb calls that background history
 *     imports may use together; the rest is left to users' own requests
 * @param clientMissesPerMinute cache misses one browsing client (user, else address) may cause per minute
 * @param clientMissBurst cache misses one browsing client may cause at once
 * @param memoryCacheSize bound of the in-process cache, by body bytes
 * @param cacheMaxRows bound of the shared cache table, in rows
 * @param cacheMaxBytes bound of the shared cache table, in bytes of keys and bodies
 * @param maxCachedAnswer a larger answer is served but cached nowhere
 * @param staleRetention how long an expired answer is kept to be served when TMDb fails
 * @param ttl freshness of answers by kind
 */
@Validated
@ConfigurationProperties("frameratr.tmdb")
record TmdbProperties(
        @DefaultValue("") String token,
        @DefaultValue("https://api.themoviedb.org/3") URI baseUrl,
        @DefaultValue("0.25") @DecimalMin("0") double sleepSec,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
        @DefaultValue("10s") Duration retryBudget,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("5s") Duration maxQueueWait,
        @DefaultValue("2s") Duration browseQueueWait,

        @DefaultValue("0.5") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
        double backgroundImportShare,

        @DefaultValue("30") @Min(1) int clientMissesPerMinute,
        @DefaultValue("10") @Min(1) int clientMissBurst,
        @DefaultValue("32MB") DataSize memoryCacheSize,
        @DefaultValue("100000") @Min(100) long cacheMaxRows,
        @DefaultValue("256MB") DataSize cacheMaxBytes,
        @DefaultValue("512KB") DataSize maxCachedAnswer,
        @DefaultValue("7d") Duration staleRetention,
        @DefaultValue @Valid Ttl ttl) {

    /** Freshness by kind of answer; also the {@code max-age} clients and CDNs see. */
    record Ttl(
            @DefaultValue("1h") Duration lists,
            @DefaultValue("24h") Duration details,
            @DefaultValue("15m") Duration search,
            @DefaultValue("7d") Duration genres,
            @DefaultValue("10m") Duration notFound) {}

    boolean configured() {
        return !token.isBlank();
    }

    /** v3 API keys are 32 hex digits and go as a query parameter; anything else is a v4 bearer token. */
    boolean v3Key() {
        return token.strip().matches("[0-9a-fA-F]{32}");
    }

    Duration minInterval() {
        return Duration.ofNanos(Math.round(sleepSec * 1_000_000_000L));
    }

    /** How far apart background imports' calls are, all instances together. */
    Duration backgroundImportInterval() {
        return Duration.ofNanos(Math.round(sleepSec / backgroundImportShare * 1_000_000_000L));
    }

    /** Never print the token, whatever logs this record. */
    @Override
    public String toString() {
        return "TmdbProperties[baseUrl=" + baseUrl + ", sleepSec=" + sleepSec + ", configured=" + configured() + "]";
    }
}
