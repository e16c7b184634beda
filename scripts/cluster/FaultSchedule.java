import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scenario's faults, injected through ctl.sh at fixed times after the load started; each
 * action's begin and end is an {@link Event} the checks use to tell allowed failures from others.
 */
final class FaultSchedule {

    private final Settings settings;
    private final Journal journal;

    FaultSchedule(Settings settings, Journal journal) {
        this.settings = settings;
        this.journal = journal;
    }

    /** Runs the scenario's schedule; returns when the last fault action finished (ms). */
    long run(String scenario) throws Exception {
        switch (scenario) {
            case "sigterm", "sigkill" -> stopInstance2(scenario.equals("sigterm") ? "term" : "kill");
            case "pg-restart" -> restartPostgres();
            case "tmdb" -> tmdbFaults();
            default -> {}
        }
        return System.currentTimeMillis();
    }

    /** Instance 2 stops (SIGTERM or SIGKILL) and, unless CLUSTER_NO_RESTART, starts again 2 s later. */
    private void stopInstance2(String signal) throws Exception {
        Sleep.until(journal.t0() + 6_000);
        journal.down(2);
        ctl(signal, "2");
        if (!settings.noRestart()) {
            Sleep.until(System.currentTimeMillis() + 2_000);
            ctl("start", "2");
            journal.up(2);
        }
    }

    private void restartPostgres() throws Exception {
        Sleep.until(journal.t0() + 6_000);
        ctl("pg-stop");
        Sleep.until(System.currentTimeMillis() + 5_000);
        ctl("pg-start");
    }

    /** TMDb refuses connections, then answers slowly, then rate-limits, then recovers. */
    private void tmdbFaults() throws Exception {
        long t0 = journal.t0();
        Sleep.until(t0 + 5_000);
        ctl("tmdb", "down");
        Sleep.until(t0 + 11_000);
        ctl("tmdb", "slow");
        Sleep.until(t0 + 17_000);
        // long enough that misses started in it do not reach its end with their retries
        ctl("tmdb", "429");
        Sleep.until(t0 + 27_000);
        ctl("tmdb", "ok");
    }

    private void ctl(String... args) throws Exception {
        String what = String.join(" ", args);
        journal.event(what + " (begin)");
        List<String> command = new ArrayList<>(List.of("bash", settings.ctl()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        boolean done = p.waitFor(200, TimeUnit.SECONDS);
        journal.event(what
                + " (done" + (done && p.exitValue() == 0 ? "" : ", FAILED") + ")"
                + (out.isEmpty() ? "" : ": " + out.replace('\n', ' ')));
    }
}
