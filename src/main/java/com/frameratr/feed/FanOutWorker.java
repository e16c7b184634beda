package com.frameratr.feed;

import com.frameratr.platform.jobs.InstanceWorker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Copies the queued activities of the most-followed actors (V24) into their followers' inboxes, on
 * every instance: chunk after chunk while there is work, then a look every {@code fan-out-interval}.
 * The queue is in PostgreSQL, so an instance that stops mid-activity leaves the rest to the next
 * claim (its uncommitted chunk rolls back; copied chunks are not copied twice). The backlog is the
 * gauge {@code frameratr.feed.fan_out.queued}.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "none", matchIfMissing = true)
class FanOutWorker extends InstanceWorker {

    private static final Logger log = LoggerFactory.getLogger(FanOutWorker.class);

    private final FanOutRepository queue;
    private final Duration interval;

    FanOutWorker(
            FanOutRepository queue,
            MeterRegistry meters,
            @Value("${frameratr.feed.fan-out-interval:1s}") Duration interval) {
        super("feed-fan-out");
        this.queue = queue;
        this.interval = interval;
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

    @Override
    protected void work() {
        while (running()) {
            try {
                long started = System.nanoTime();
                long copied = drain();
                if (copied > 0) {
                    log.debug(
                            "Feed fan-out: {} inbox rows in {} ms", copied, (System.nanoTime() - started) / 1_000_000);
                }
                Thread.sleep(interval);
            } catch (InterruptedException ex) {
                return;
            } catch (RuntimeException ex) {
                if (!running()) {
                    return;
                }
                log.warn("Feed fan-out: {}", ex.toString());
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
