/**
 * Jobs that run once per interval for the whole deployment, however many instances are up: the
 * db-scheduler library on the service's PostgreSQL. A feature declares a {@code RecurringTask}
 * bean ({@link ClusterJobs#every}); one instance picks each due run, and a run whose instance died
 * is picked up again after its heartbeats stop. Jobs that concern one instance's memory stay
 * Spring {@code @Scheduled} methods.
 */
@NullMarked
package com.frameratr.platform.jobs;

import org.jspecify.annotations.NullMarked;
