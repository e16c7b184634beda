package com.frameratr.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limits, per instance.
 *
 * @param writesPerMinute sustained rate of a user's writes (POST, PUT, PATCH, DELETE)
 * @param writeBurst writes a user may make at once
 * @param inFlightPerClient requests one client (user, else address) may have in flight at once
 * @param likesPerMinute likes and unlikes of reviews and lists a user may make in a minute (also at once)
 * @param commentsPerMinute comments and replies a user may post in a minute (also at once)
 * @param exportsPerMinute exports ({@code GET /api/me/export}) a user may start in a minute (also at once)
 * @param importsPerMinute uploads ({@code POST /api/imports}) a user may make in a minute (also at once)
 */
@ConfigurationProperties("frameratr.limits")
record WriteLimitProperties(
        @DefaultValue("60") int writesPerMinute,
        @DefaultValue("30") int writeBurst,
        @DefaultValue("16") int inFlightPerClient,
        @DefaultValue("60") int likesPerMinute,
        @DefaultValue("10") int commentsPerMinute,
        @DefaultValue("2") int exportsPerMinute,
        @DefaultValue("2") int importsPerMinute) {}
