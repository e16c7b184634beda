package com.frameratr.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The loop every instance worker runs: more work at once while there is some, the interval or a
 * nudge otherwise, a failure logged and survived, and a stop that ends the thread even while it
 * waits.
 */
class InstanceWorkerTests {

    /** Counts its calls; the first {@code failures} throw, then it has work {@code busy} times. */
    static final class Counting extends InstanceWorker {
        final AtomicInteger calls = new AtomicInteger();
        final Semaphore called = new Semaphore(0);
        final int failures;
        final int busy;

        Counting(Duration interval, int failures, int busy) {
            super("test-worker", interval);
            this.failures = failures;
            this.busy = busy;
        }

        @Override
        protected boolean workOnce() {
            int call = calls.incrementAndGet();
            called.release();
            if (call <= failures) {
                throw new IllegalStateException("database gone");
            }
            return call <= failures + busy;
        }
    }

    @Test
    void whileThereIsWorkItLooksAgainAtOnceThenWaitsForTheIntervalOrANudge() throws Exception {
        var worker = new Counting(Duration.ofHours(1), 0, 3);
        worker.start();
        try {
            // three calls with work and the fourth that found none, without waiting an hour
            assertThat(worker.called.tryAcquire(4, 5, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.called.tryAcquire(200, TimeUnit.MILLISECONDS))
                    .as("waits for the interval")
                    .isFalse();

            worker.nudge();

            assertThat(worker.called.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.calls.get()).isEqualTo(5);
        } finally {
            worker.stop();
        }
    }

    @Test
    void aFailureIsSurvivedAndTriedAgainAfterTheInterval() throws Exception {
        var worker = new Counting(Duration.ofMillis(20), 2, 1);
        worker.start();
        try {
            assertThat(worker.called.tryAcquire(4, 5, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isRunning()).isTrue();
        } finally {
            worker.stop();
        }
    }

    @Test
    void stopEndsTheThreadWhileItWaitsAndStartAgainResumes() throws Exception {
        var worker = new Counting(Duration.ofHours(1), 0, 0);
        worker.start();
        assertThat(worker.called.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        worker.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(worker.isRunning()).isFalse();
        worker.nudge();
        assertThat(worker.called.tryAcquire(300, TimeUnit.MILLISECONDS))
                .as("no thread left to wake")
                .isFalse();

        worker.start();
        assertThat(worker.called.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        worker.stop();
    }
}
