package com.frameratr.platform.jobs;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work every instance does in the background on its own virtual thread, for as long as the context
 * runs: {@link #workOnce()} again at once while it finds work, otherwise after {@code interval} or a
 * {@link #nudge()}; a failure is logged and retried after the interval, so the worker never dies of
 * one. The thread starts with the context and is interrupted (and given 5 s) when it stops. Work
 * shared between instances claims its rows in PostgreSQL (leases, SKIP LOCKED), so any number of
 * instances may run it.
 */
public abstract class InstanceWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceWorker.class);

    private final String threadName;
    private final Duration interval;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread thread;

    protected InstanceWorker(String threadName, Duration interval) {
        this.threadName = threadName;
        this.interval = interval;
    }

    /** One unit of work: true when there may be more right away, false when there was none. */
    protected abstract boolean workOnce() throws InterruptedException;

    /** There may be work: look now rather than at the next interval. */
    public void nudge() {
        wake.release();
    }

    @Override
    public final synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name(threadName).start(this::loop);
    }

    @Override
    public final synchronized void stop() {
        running = false;
        Thread worker = thread;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (!workOnce()) {
                    wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException ex) {
                return;
            } catch (RuntimeException ex) {
                if (!running) {
                    return;
                }
                log.warn("{}: {}", threadName, ex.toString());
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
