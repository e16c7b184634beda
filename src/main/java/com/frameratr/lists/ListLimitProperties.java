package com.frameratr.lists;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The lists' per-user limits ({@code frameratr.limits.*}, beside the write rates of users'
 * WriteLimitProperties), stated to clients in {@code GET /api/me/limits}.
 *
 * @param listsPerUser lists one user may have ("my lists" is one bounded answer)
 * @param entriesPerList entries one list may have
 */
@Validated
@ConfigurationProperties("frameratr.limits")
record ListLimitProperties(
        @DefaultValue("100") @Min(1) int listsPerUser,
        @DefaultValue("5000") @Min(1) int entriesPerList) {}
