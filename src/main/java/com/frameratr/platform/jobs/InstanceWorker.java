package com.frameratr.platform.jobs;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Work every instance does in the background on its own virtual thread, for as long as the context
 * runs: the thread starts with the context and is interrupted (and given 5 s) when it stops. The
 * subclass's {@link #work()} loops while {@link #running()}; work shared between instances claims
 * its rows in PostgreSQL (leases, SKIP LOCKED), so any number of instances may run it.
 */
public abstract class InstanceWorker implements SmartLifecycle {

    private final String threadName;
    private volatile boolean running;
    private @Nullable Thread thread;

    protected InstanceWorker(String threadName) {
        this.threadName = threadName;
    }

    /** Runs on the worker's thread until {@link #running()} is false or the thread is interrupted. */
    protected abstract void work();

    protected final boolean running() {
        return running;
    }

    @Override
    public final synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name(threadName).start(this::work);
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
}
