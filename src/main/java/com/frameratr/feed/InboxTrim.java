package com.frameratr.feed;

import com.frameratr.platform.jobs.ClusterJobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps each viewer's inbox to its newest {@code frameratr.feed.inbox-keep} rows (1,000: fifty pages
 * of the feed), once an interval for the whole deployment. Inbox rows are the sum over follow edges
 * of the followees' activities and nothing else removes them, so untrimmed they outgrow every other
 * table (docs/scaling.md, section 5). Only the copies go: the activities stay, and so do a profile's
 * own pages of them.
 */
@Configuration(proxyBeanMethods = false)
class InboxTrim {

    private static final Logger log = LoggerFactory.getLogger(InboxTrim.class);

    /** Viewers per transaction: short transactions, a run of 200,000 users in 200 of them. */
    static final int BATCH = 1_000;

    @Bean
    RecurringTask<Void> feedInboxTrimJob(
            InboxTrimRepository repository,
            @Value("${frameratr.feed.inbox-keep:1000}") int keep,
            @Value("${frameratr.feed.inbox-trim-interval:PT6H}") Duration interval) {
        if (keep < 100) {
            // below a follow's backfill of 100, a new follow would lose what it just brought
            throw new IllegalStateException("frameratr.feed.inbox-keep must be at least 100, not " + keep);
        }
        return ClusterJobs.every("feed-inbox-trim", interval, () -> trimAll(repository, keep));
    }

    /** The whole run: every viewer, batch after batch; returns the rows deleted. */
    static long trimAll(InboxTrimRepository repository, int keep) {
        long deleted = 0;
        String after = "";
        long started = System.nanoTime();
        for (InboxTrimRepository.Batch batch = repository.trimAfter(after, BATCH, keep);
                batch.lastViewer() != null;
                batch = repository.trimAfter(after, BATCH, keep)) {
            deleted += batch.deleted();
            after = batch.lastViewer();
        }
        if (deleted > 0) {
            log.info(
                    "Trimmed {} feed inbox rows beyond each viewer's newest {} in {} ms",
                    deleted,
                    keep,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return deleted;
    }
}
