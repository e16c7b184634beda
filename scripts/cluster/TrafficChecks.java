import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The checks of what the clients and the poller saw: answers per request kind, failures, health. */
final class TrafficChecks {

    private final String scenario;
    private final List<Op> all;
    private final Journal journal;
    private final Report report;

    TrafficChecks(String scenario, List<Op> all, Journal journal, Report report) {
        this.scenario = scenario;
        this.all = all;
        this.journal = journal;
        this.report = report;
    }

    /** The report's head: the load and the fault events. */
    void summary(int users, long loadMillis) {
        report.line("=== scenario " + scenario + " ===");
        report.line(String.format(
                "load: %d users, %.1f s, %d requests through nginx (%.0f/s)",
                users, loadMillis / 1000.0, all.size(), all.size() * 1000.0 / loadMillis));
        for (Event e : journal.events()) {
            report.line("event " + journal.rel(e.at()) + " " + e.what());
        }
    }

    /** Status counts and latency per request kind. */
    void answersByKind() {
        Map<String, Map<String, Integer>> byAction = new TreeMap<>();
        for (Op op : all) {
            String cls = op.status() == 0 ? "none" : op.status() / 100 + "xx";
            if (op.status() >= 400) {
                cls = Integer.toString(op.status());
            }
            byAction.computeIfAbsent(op.action(), k -> new TreeMap<>()).merge(cls, 1, Integer::sum);
        }
        report.line("answers by request kind (status: count; 'none' = no answer):");
        for (var e : byAction.entrySet()) {
            long[] lat = all.stream()
                    .filter(o -> o.action().equals(e.getKey()))
                    .mapToLong(Op::millis)
                    .sorted()
                    .toArray();
            report.line(String.format(
                    "  %-16s %-40s p50 %4d ms  p99 %5d ms  max %5d ms",
                    e.getKey(),
                    e.getValue(),
                    lat[lat.length / 2],
                    lat[(int) Math.min(lat.length - 1, lat.length * 0.99)],
                    lat[lat.length - 1]));
        }
    }

    /** 5xx and no-answers: allowed only where the scenario's fault excuses them. */
    void failures(FaultTimes times) {
        Map<String, Integer> allowed = new TreeMap<>();
        List<Op> unexpected = new ArrayList<>();
        for (Op op : all) {
            if (op.status() != 0 && op.status() < 500) {
                continue;
            }
            String reason = AllowedFailures.reason(scenario, op, times);
            if (reason == null) {
                unexpected.add(op);
            } else {
                allowed.merge(reason, 1, Integer::sum);
            }
        }
        allowed.forEach((r, n) -> report.line("allowed: " + n + " x " + r));
        for (Op op : unexpected.subList(0, Math.min(10, unexpected.size()))) {
            report.line(String.format(
                    "  unexpected: %s %s %s -> %d at %s after %d ms: %s",
                    op.action(),
                    op.method(),
                    op.path(),
                    op.status(),
                    journal.rel(op.start()),
                    op.millis(),
                    op.body().replaceAll("\\s+", " ")));
        }
        report.check(
                unexpected.isEmpty(),
                "no 5xx or unanswered request beyond the allowed ones (" + unexpected.size() + " unexpected)");
    }

    /** Liveness of every instance that was not down on purpose, within the ALB's 5 s timeout. */
    void health(List<Poll> polls) {
        List<Poll> health = polls.stream()
                .filter(p -> p.kind().equals("health") && journal.expectedUp(p.instance(), p.at()))
                .toList();
        long bad = health.stream()
                .filter(p -> p.status() != 200 || p.millis() > 5_000)
                .count();
        long[] hl = health.stream().mapToLong(Poll::millis).sorted().toArray();
        report.check(
                bad == 0,
                String.format(
                        "/health of running instances, polled directly every 250 ms: %d polls, %d"
                                + " not 200 within 5 s, the ALB's health check timeout (p50 %d ms, max %d ms)",
                        health.size(),
                        bad,
                        hl.length == 0 ? 0 : hl[hl.length / 2],
                        hl.length == 0 ? 0 : hl[hl.length - 1]));
    }
}
