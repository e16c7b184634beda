package com.frameratr.feed;

import com.frameratr.platform.jobs.InstanceWorker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Copies the queued activities of the most-followed actors (V24) into their followers' inboxes, on
 * every instance: chunk after chunk while there is work, then a look every {@code fan-out-interval}
 * (platform.jobs.InstanceWorker).
 * The queue is in PostgreSQL, so an instance that stops mid-activity leaves the rest to the next
 * claim (its uncommitted chunk rolls back; copied chunks are not copied twice). The backlog is the
 * gauge {@code frameratr.feed.fan_out.queued}.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "none", matchIfMissing = true)
class FanOutWorker extends InstanceWorker {

    private final FanOutRepository queue;

    FanOutWorker(
            FanOutRepository queue,
            MeterRegistry meters,
            @Value("${frameratr.feed.fan-out-interval:1s}") Duration interval) {
        super("feed-fan-out", interval);
        this.queue = queue;
        Gauge.builder("frameratr.feed.fan_out.queued", queue, FanOutRepository::queued)
                .description("activities of the most-followed actors not yet in every follower's inbox")
                .register(meters);
    }

    /** Copies chunks until the queue has nothing unclaimed; how many inbox rows were written. */
    long drain() {
        long copied = 0;
        for (Optional<Integer> chunk; (chunk = queue.copyNextChunk()).isPresent(); ) {
            copied += chunk.get();
        }
        return copied;
    }

    /** One chunk of the oldest unclaimed queued activity; false when there is none. */
    @Override
    protected boolean workOnce() {
        return queue.copyNextChunk().isPresent();
    }
}
