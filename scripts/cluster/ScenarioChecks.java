import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What each fault scenario promises beyond the common checks. */
final class ScenarioChecks {

    private static final Set<String> CACHED_TMDB = Set.of("tmdb-cached", "tmdb-list");

    private final Settings settings;
    private final List<Op> all;
    private final FaultTimes times;
    private final Journal journal;
    private final Client client;
    private final Report report;

    ScenarioChecks(Settings settings, List<Op> all, FaultTimes times, Journal journal, Client client, Report report) {
        this.settings = settings;
        this.all = all;
        this.times = times;
        this.journal = journal;
        this.client = client;
        this.report = report;
    }

    void run(String scenario, List<Poll> polls) {
        switch (scenario) {
            case "pg-restart" -> pgRestart(polls);
            case "tmdb" -> tmdb();
            case "sigterm", "sigkill" -> {
                if (!settings.noRestart()) {
                    report.check(
                            client.direct(settings.instancePorts().get(1), "/api/movies/" + Titles.HOT) == 200,
                            "instance 2 serves again after its restart");
                }
            }
            default -> {}
        }
    }

    /** Readiness follows the database, the outage fails fast, and the pools recover by themselves. */
    private void pgRestart(List<Poll> polls) {
        long pgStop = times.pgStop();
        long pgUp = times.pgUp();
        for (int i = 1; i <= settings.instancePorts().size(); i++) {
            int n = i;
            boolean sawDown = polls.stream()
                    .anyMatch(p -> p.instance() == n
                            && p.kind().equals("readiness")
                            && p.status() == 503
                            && p.at() > pgStop
                            && p.at() < pgUp);
            report.check(sawDown, "instance " + n + ": readiness reported 503 while PostgreSQL was down");
        }
        long maxOutage = all.stream()
                .filter(o -> o.status() == 503)
                .mapToLong(Op::millis)
                .max()
                .orElse(0);
        report.check(
                maxOutage <= 5_000, "503s during the outage came quickly (slowest " + maxOutage + " ms, limit 5000)");
        long acksAfter = count(o -> o.write() && o.outcome() == Outcome.OK && o.start() > pgUp + 5_000);
        report.check(
                acksAfter > 0,
                "the pools recovered without a restart: " + acksAfter
                        + " writes acknowledged from 5 s after PostgreSQL came back");
        long late503 = count(o -> o.status() == 503 && o.start() > pgUp + 10_000);
        report.check(late503 == 0, "no 503 later than 10 s after PostgreSQL came back (" + late503 + ")");
        boolean readyEnd = true;
        for (int port : settings.instancePorts()) {
            readyEnd &= client.direct(port, "/actuator/health/readiness") == 200;
        }
        report.check(readyEnd, "every instance reports ready again at the end");
    }

    /** Cached answers survive TMDb's faults; uncached ones fail in bounded time and recover. */
    private void tmdb() {
        long cachedBad = count(o -> CACHED_TMDB.contains(o.action()) && o.status() != 200);
        long cachedFault = count(
                o -> CACHED_TMDB.contains(o.action()) && o.start() > times.tmdbDown() && o.start() < times.tmdbOk());
        report.check(
                cachedBad == 0,
                "cached TMDb answers kept being served: " + cachedFault + " cached requests during the faults, "
                        + cachedBad + " not 200");
        long slowestMiss = all.stream()
                .filter(o -> o.action().equals("tmdb-miss") && o.status() >= 500)
                .mapToLong(Op::millis)
                .max()
                .orElse(0);
        report.check(
                slowestMiss <= 16_000,
                "uncached requests failed in bounded time (slowest failure " + slowestMiss
                        + " ms; limit 16000 = retry budget 10 s + rate-limit queue wait 5 s + 1 s)");
        for (String phase : List.of("tmdb down", "tmdb slow", "tmdb 429")) {
            tmdbPhase(phase);
        }
        long recovered =
                count(o -> o.action().equals("tmdb-miss") && o.status() == 200 && o.start() > times.tmdbOk() + 1_000);
        report.check(recovered > 0, "recovery: " + recovered + " uncached requests answered 200 after TMDb came back");
    }

    /** Not a check: how the misses fared in the first 5 s of each fault (after 0.5 s to take effect). */
    private void tmdbPhase(String phase) {
        long from = journal.eventAt(phase + " (done");
        Predicate<Op> inPhase =
                o -> o.action().equals("tmdb-miss") && o.start() > from + 500 && o.start() < from + 5_000;
        long n = count(inPhase);
        long failed = count(inPhase.and(o -> o.status() >= 500));
        long[] lat = all.stream().filter(inPhase).mapToLong(Op::millis).sorted().toArray();
        report.line(String.format(
                "  %s: %d misses started in its first 5 s, %d failed with 502/503/504 (p50 %d ms, max %d ms)",
                phase,
                n,
                failed,
                lat.length == 0 ? 0 : lat[lat.length / 2],
                lat.length == 0 ? 0 : lat[lat.length - 1]));
    }

    private long count(Predicate<Op> filter) {
        return all.stream().filter(filter).count();
    }
}
