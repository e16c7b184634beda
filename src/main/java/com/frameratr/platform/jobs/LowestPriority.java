package com.frameratr.platform.jobs;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CPU-heavy background work (a model rebuild) on a thread of its own at the lowest CPU
 * priority, nice 19, so that on a task with a quarter of a vCPU the request threads get the CPU
 * whenever they want it and the work gets what is left. Java has no per-thread priority that Linux
 * honours, so the thread lowers its own with {@code setpriority(PRIO_PROCESS, gettid(), 19)}
 * through the foreign-function API (the JVM runs with {@code --enable-native-access=ALL-UNNAMED});
 * where that is not possible (another OS, no native access) the work runs at normal priority and
 * the log says so. Lowering one's own priority needs no privilege; the thread ends with the work,
 * so nothing else ever runs at nice 19.
 */
public final class LowestPriority {

    private static final Logger log = LoggerFactory.getLogger(LowestPriority.class);

    private static final int PRIO_PROCESS = 0;

    private static final int NICE_LOWEST = 19;

    private LowestPriority() {}

    /** Runs {@code work} to its end on a new thread at nice 19; rethrows what it threw. */
    public static void run(String name, Runnable work) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name(name).unstarted(() -> {
            lower(name);
            try {
                work.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", interrupted);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    private static void lower(String name) {
        Optional<String> refused = setOwnPriority();
        refused.ifPresentOrElse(
                reason -> log.info("{} runs at normal CPU priority: {}", name, reason),
                () -> log.debug("{} runs at nice {}", name, NICE_LOWEST));
    }

    private static Optional<String> setOwnPriority() {
        try {
            Linker linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            var gettidSymbol = libc.find("gettid");
            var setpriority = libc.find("setpriority");
            if (gettidSymbol.isEmpty() || setpriority.isEmpty()) {
                return Optional.of("no gettid/setpriority in the C library");
            }
            MethodHandle gettid = linker.downcallHandle(gettidSymbol.get(), FunctionDescriptor.of(JAVA_INT));
            MethodHandle set = linker.downcallHandle(
                    setpriority.get(), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
            int tid = (int) gettid.invokeExact();
            int rc = (int) set.invokeExact(PRIO_PROCESS, tid, NICE_LOWEST);
            return rc == 0 ? Optional.empty() : Optional.of("setpriority returned " + rc);
        } catch (Throwable unavailable) {
            return Optional.of(unavailable.toString());
        }
    }
}
