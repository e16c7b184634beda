import java.util.List;

/** All checks of a scenario, in the report's order. */
final class Checks {

    private Checks() {}

    /** Prints the report; true = no violation. */
    static boolean run(
            String scenario, String prefix, long loadMillis, Settings settings, Journal journal, Client client)
            throws Exception {
        Report report = new Report();
        List<Op> all = journal.ops();
        FaultTimes times = FaultTimes.of(journal);
        TrafficChecks traffic = new TrafficChecks(scenario, all, journal, report);
        traffic.summary(settings.users(), loadMillis);
        traffic.answersByKind();
        traffic.failures(times);
        List<Poll> polls = journal.polls();
        traffic.health(polls);
        new ScenarioChecks(settings, all, times, journal, client, report).run(scenario, polls);
        DatabaseChecks.run(scenario, prefix, all, settings, journal, client, report);
        return report.print();
    }
}
