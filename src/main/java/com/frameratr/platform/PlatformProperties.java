package com.frameratr.platform;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Service-wide settings.
 *
 * @param home where local state lives (the embedded database): {@code FRAMERATR_HOME}
 * @param maxRequestBody request bodies above this get 413
 * @param bodyReadTimeout a request body must have arrived whole within this, else 408
 * @param corsAllowedOrigins browser origins allowed to call the API: {@code CORS_ALLOWED_ORIGINS}
 * @param maxConcurrentRequests requests worked on at once; more wait their turn (see web.ConcurrencyLimitFilter)
 * @param requestQueueTimeout how long a request waits for its turn before 503
 * @param readStatementTimeout a statement of a GET request running longer is cancelled: 503
 * @param streamedUploads POST paths whose body the handler reads itself, after authentication and
 *     with its own bounds (an import's upload of up to 20 MB), instead of the body filter
 */
@Validated
@ConfigurationProperties("frameratr")
public record PlatformProperties(
        @DefaultValue("./.frameratr") Path home,
        @DefaultValue("64KB") DataSize maxRequestBody,
        @DefaultValue("10s") Duration bodyReadTimeout,
        @DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins,
        @DefaultValue("64") @Min(1) int maxConcurrentRequests,
        @DefaultValue("3s") Duration requestQueueTimeout,
        @DefaultValue("2s") Duration readStatementTimeout,
        @DefaultValue("/api/imports") List<String> streamedUploads) {}
