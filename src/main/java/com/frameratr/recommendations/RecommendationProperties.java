package com.frameratr.recommendations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The taste model's settings ({@code frameratr.recommendations.*}); see docs/recommendations.md.
 *
 * @param rebuildInterval the model is rebuilt once per this for the whole deployment (a cluster job)
 * @param firstRebuild how long after a deployment's first start the first model is built
 * @param refreshInterval how often an instance looks for a newer model to serve
 * @param maxTitles the titles with the most signals that the model knows (the rest has too few
 *     signals to learn from, and each title costs every instance {@code factors * 4} bytes)
 * @param neighbours similar titles kept per title
 * @param threads threads a rebuild trains on (1 on a quarter-vCPU task leaves request threads alone)
 * @param minSignals below this many positive signals a user is a cold start, served by TMDb first
 * @param signalsPerUser a user's most recent signals of each kind that a request folds in
 */
@Validated
@ConfigurationProperties("frameratr.recommendations")
record RecommendationProperties(
        @DefaultValue("24h") Duration rebuildInterval,
        @DefaultValue("10m") Duration firstRebuild,
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("50000") @Min(1) @Max(1_000_000) int maxTitles,
        @DefaultValue("20") @Min(1) @Max(100) int neighbours,
        @DefaultValue("1") @Min(1) @Max(64) int threads,
        @DefaultValue("3") @Min(1) int minSignals,
        @DefaultValue("500") @Min(1) @Max(10_000) int signalsPerUser) {}
