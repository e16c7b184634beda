package com.frameratr.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-user limits on writes (POST, PUT, PATCH, DELETE under /api), per instance.
 *
 * @param writesPerMinute sustained rate
 * @param writeBurst writes allowed at once
 */
@ConfigurationProperties("frameratr.limits")
record WriteLimitProperties(
        @DefaultValue("60") int writesPerMinute,
        @DefaultValue("30") int writeBurst) {}
