package com.frameratr.catalog.sync;

import com.frameratr.platform.problems.InvalidInputException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar frameratr.jar import ...}: the same jar without its web server imports titles
 * from TMDb and exits (0 done, 1 some failed, 2 bad arguments, 130 interrupted). On SIGINT/SIGTERM
 * it finishes the title in progress, prints the summary and closes the application; a rerun skips
 * what is already imported.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "import")
class SyncCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(25);

    private final SyncJob job;
    private final ConfigurableApplicationContext context;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exitCode;

    SyncCommand(SyncJob job, ConfigurableApplicationContext context) {
        this.job = job;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopGracefully, "import-shutdown"));
        try {
            List<String> args = Arrays.asList(arguments.getSourceArgs());
            exitCode = run(args.subList(Math.min(1, args.size()), args.size()), System.out, System.err);
        } finally {
            finished.countDown();
        }
    }

    /** Runs the command given by {@code args} (after {@code import}); returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        SyncPlan plan;
        try {
            plan = SyncPlan.parse(args);
        } catch (InvalidInputException ex) {
            err.println(ex.getMessage());
            err.println(SyncPlan.USAGE);
            return 2;
        }
        long started = System.nanoTime();
        SyncSummary summary = job.run(plan, out, stopRequested::get);
        out.println(summary.describe(Duration.ofNanos(System.nanoTime() - started)));
        return summary.exitCode();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void stopGracefully() {
        stopRequested.set(true);
        try {
            finished.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        context.close();
    }
}
