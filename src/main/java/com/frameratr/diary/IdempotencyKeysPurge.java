package com.frameratr.diary;

import com.frameratr.platform.jobs.ClusterJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Expired idempotency keys are deleted once an interval for the whole deployment. */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeysPurge {

    @Bean
    RecurringTask<Void> idempotencyKeysPurgeJob(
            IdempotencyKeys keys, @Value("${frameratr.idempotency.purge-interval:PT1H}") Duration interval) {
        return ClusterJobs.every("idempotency-keys-purge", interval, keys::purge);
    }
}
