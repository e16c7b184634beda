package com.frameratr.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link RecurringTask} bean through one db-scheduler {@link Scheduler} on the
 * service's database (table {@code scheduled_tasks}, created by Flyway). Started once the context
 * is up (after the migrations) and stopped before the pool closes; not in the {@code import} and
 * {@code migrate} commands. db-scheduler's own Spring Boot starter targets Boot 3, so it is wired
 * here from the core library.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "none", matchIfMissing = true)
public class ClusterJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final DataSource dataSource;
    private final List<RecurringTask<?>> tasks;
    private final Duration pollingInterval;
    private @Nullable Scheduler scheduler;

    ClusterJobs(
            DataSource dataSource,
            List<RecurringTask<?>> tasks,
            @Value("${frameratr.jobs.polling-interval:10s}") Duration pollingInterval) {
        this.dataSource = dataSource;
        this.tasks = List.copyOf(tasks);
        this.pollingInterval = pollingInterval;
    }

    /**
     * A job that runs every {@code interval} after the previous run (on whichever instance), the
     * first run one interval after the deployment's first start rather than during start-up.
     */
    public static RecurringTask<Void> every(String name, Duration interval, Runnable job) {
        return every(name, interval, interval, job);
    }

    /** As {@link #every(String, Duration, Runnable)}, the first run {@code first} after the first start. */
    public static RecurringTask<Void> every(String name, Duration first, Duration interval, Runnable job) {
        return Tasks.recurring(name, new FixedDelayAfterStart(first, interval))
                .execute((instance, context) -> job.run());
    }

    /** A new scheduler each time: a stopped one cannot start again (a paused test context restarts). */
    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Scheduler.create(dataSource, List.of())
                .startTasks(tasks)
                .threads(2)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(pollingInterval.multipliedBy(3))
                // a stopping task must not hold up the deployment; an interrupted run is run again
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        scheduler.start();
        log.info(
                "Cluster jobs scheduled: {}",
                tasks.stream().map(RecurringTask::getName).sorted().toList());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
