package com.frameratr.recommendations;

import com.frameratr.platform.jobs.ClusterJobs;
import com.frameratr.platform.jobs.LowestPriority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The model is rebuilt once per interval for the whole deployment, on whichever instance picks the run. */
@Configuration(proxyBeanMethods = false)
class RecommendationJobs {

    @Bean
    RecurringTask<Void> recommendationModelRebuildJob(ModelRebuild rebuild, RecommendationProperties properties) {
        return ClusterJobs.every(
                "recommendation-model-rebuild",
                properties.firstRebuild(),
                properties.rebuildInterval(),
                // the task's request threads come first; the rebuild has the CPU they leave
                () -> LowestPriority.run("recommendation-model-rebuild", rebuild::rebuild));
    }
}
