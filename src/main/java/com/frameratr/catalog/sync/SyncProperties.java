package com.frameratr.catalog.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Catalog import from TMDb.
 *
 * @param refreshAfter a title synced from TMDb longer ago than this is fetched again on import;
 *     younger ones are left as they are (so a rerun of an import costs no TMDb call)
 */
@Validated
@ConfigurationProperties("frameratr.catalog.sync")
record SyncProperties(@DefaultValue("7d") Duration refreshAfter) {}
