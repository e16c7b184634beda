package com.frameratr.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.FrameRatrApplication;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances on one PostgreSQL, as on ECS with several tasks: a cluster job runs once per interval. */
class ClusterJobsTests {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final Duration RUN_TIME = Duration.ofMillis(300);

    /** Each run of the test job, from both instances (one JVM). */
    static final ConcurrentLinkedQueue<Run> runs = new ConcurrentLinkedQueue<>();

    record Run(String instance, Instant started, Instant finished) {}

    static EmbeddedPostgres postgres;
    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    static Instant bothUp;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        instances.add(instance("first"));
        instances.add(instance("second"));
        bothUp = Instant.now();
    }

    @AfterAll
    static void stop() throws IOException {
        instances.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aJobOfTwoInstancesRunsOnceAtATimeAndAnIntervalApart() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        // runs while both instances are up are what counts: before, only the first could run it
        while (runsSince(bothUp) < 4 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        List<Run> ordered =
                runs.stream().sorted(Comparator.comparing(Run::started)).toList();
        assertThat(runsSince(bothUp)).isGreaterThanOrEqualTo(4);
        for (int i = 1; i < ordered.size(); i++) {
            Run previous = ordered.get(i - 1);
            Run next = ordered.get(i);
            // with one scheduler per instance and no coordination, both would run at the same time
            assertThat(next.started())
                    .as("run %d started %s after run %d finished %s", i, next, i - 1, previous)
                    .isAfterOrEqualTo(previous.finished().plus(INTERVAL).minusMillis(50));
        }
    }

    @Test
    void theTmdbCachePurgeIsOneClusterJobDueOneIntervalAfterTheFirstStart() {
        JdbcClient database = instances.getFirst().getBean(JdbcClient.class);

        List<OffsetDateTime> due = database.sql(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'tmdb-cache-purge'")
                .query(OffsetDateTime.class)
                .list();

        assertThat(due).hasSize(1);
        assertThat(Duration.between(Instant.now(), due.getFirst().toInstant()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    private static long runsSince(Instant instant) {
        return runs.stream().filter(run -> run.started().isAfter(instant)).count();
    }

    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(FrameRatrApplication.class, TestJob.class)
                .profiles("test")
                .properties("test.instance=" + name)
                .run(
                        "--server.port=0",
                        "--DB_HOST=localhost",
                        "--FRAMERATR_DEV_AUTH=true",
                        "--DB_PORT=" + postgres.getPort(),
                        "--DB_NAME=postgres",
                        "--DB_USER=postgres",
                        "--DB_PASS=",
                        "--DB_POOL_SIZE=4",
                        "--frameratr.jobs.polling-interval=100ms");
    }

    /** A source of the test contexts only: not a component, so no other test's scan finds it. */
    static class TestJob {

        @Bean
        RecurringTask<Void> testJob(org.springframework.core.env.Environment environment) {
            String instance = environment.getRequiredProperty("test.instance");
            return ClusterJobs.every("test-job", INTERVAL, () -> {
                Instant started = Instant.now();
                try {
                    Thread.sleep(RUN_TIME);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                runs.add(new Run(instance, started, Instant.now()));
            });
        }
    }
}
