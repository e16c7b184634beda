package com.frameratr.platform;

import java.nio.file.Path;
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
 * @param corsAllowedOrigins browser origins allowed to call the API: {@code CORS_ALLOWED_ORIGINS}
 */
@Validated
@ConfigurationProperties("frameratr")
public record PlatformProperties(
        @DefaultValue("./.frameratr") Path home,
        @DefaultValue("64KB") DataSize maxRequestBody,
        @DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins) {}
