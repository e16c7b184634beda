package com.frameratr.interop;

import com.frameratr.platform.jobs.ClusterJobs;
import com.frameratr.platform.limits.UserLimit;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits of imports, stated in {@code GET /api/me/limits}, and the purge of old jobs. */
@Configuration(proxyBeanMethods = false)
class ImportLimits {

    private static final Logger log = LoggerFactory.getLogger(ImportLimits.class);

    @Bean
    UserLimit importFileBytes(ImportProperties properties) {
        return new UserLimit(
                "import_file_bytes",
                (int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()),
                "bytes of one uploaded import file (larger is a 413)");
    }

    @Bean
    UserLimit importRows(ImportProperties properties) {
        return new UserLimit("import_rows", properties.maxRows(), "facts one import may hold");
    }

    /** Finished imports, and ready ones nobody committed, are deleted after the retention. */
    @Bean
    RecurringTask<Void> importJobsPurge(
            ImportRepository jobs,
            ImportProperties properties,
            @Value("${frameratr.imports.purge-interval:PT1H}") Duration interval) {
        return ClusterJobs.every("import-jobs-purge", interval, () -> {
            int purged = jobs.purge(Instant.now().minus(properties.retention()));
            if (purged > 0) {
                log.info("Deleted {} import jobs older than {}", purged, properties.retention());
            }
        });
    }
}
