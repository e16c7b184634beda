package com.frameratr.platform.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * db-scheduler's fixed delay, except that the first run is {@code first} (by default one interval)
 * after the job was first scheduled: its {@code FixedDelay} runs a new job at once, which would purge or rebuild while an
 * instance is still warming up.
 */
record FixedDelayAfterStart(Duration first, Duration interval) implements Schedule, Serializable {

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return now.plus(first);
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
        return executionComplete.getTimeDone().plus(interval);
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }
}
