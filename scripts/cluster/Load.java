import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Load driver and checker of one scenario of the cluster harness (run by run.sh, which exports the
 * CLUSTER_* variables, see {@link Settings}). Users each run one request at a time (so each user's
 * writes are ordered, {@link UserLoop}), every request and its answer is recorded ({@link
 * Journal}), faults are injected on a schedule through ctl.sh ({@link FaultSchedule}), and at the
 * end the database is checked against the acknowledged writes ({@link Checks}).
 *
 * <p>Exit 0 = no violation, 1 = a violation (or the checks could not run), 3 = the setup failed.
 */
public final class Load {

    /** However long the faults take, the load ends by then (run.sh kills Load after 420 s). */
    private static final long MAX_LOAD_MILLIS = 240_000;

    private Load() {}

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Settings settings = Settings.fromEnv();
        int seconds = Settings.loadSeconds(scenario);
        // a new prefix per run tells this run's users (and their rows) from earlier scenarios'
        String prefix = scenario + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "-u";
        RSAKey key = RSAKey.parse(Files.readString(Path.of(settings.keyFile())));
        List<Account> accounts = Account.mint(key, prefix, settings.users());
        Journal journal = new Journal();
        Client client = new Client(settings.lb(), journal);

        journal.startClock();
        Setup.run(client, Tokens.mint(key, "setup-harness"), accounts);
        journal.clearOps();

        long loadMillis = runLoad(scenario, seconds, settings, journal, client, accounts);
        boolean ok = Checks.run(scenario, prefix, loadMillis, settings, journal, client);
        System.exit(ok ? 0 : 1);
    }

    /**
     * The users, the poller and the fault schedule at once, until the scenario's duration has passed
     * and the faults are 5 s over; returns how long the load ran (ms).
     */
    private static long runLoad(
            String scenario, int seconds, Settings settings, Journal journal, Client client, List<Account> accounts)
            throws Exception {
        journal.startClock();
        long t0 = journal.t0();
        long deadline = t0 + seconds * 1000L;
        Thread poller = HealthPoller.start(settings.instancePorts(), journal);
        List<Thread> users = new ArrayList<>();
        for (Account account : accounts) {
            // the loop is created on its own thread: its ThreadLocalRandom belongs to that thread
            users.add(Thread.ofVirtual().start(() -> new UserLoop(scenario, account, client, journal).run()));
        }
        long faultsDone = new FaultSchedule(settings, journal).run(scenario);
        Sleep.until(Math.min(Math.max(deadline, faultsDone + 5_000), t0 + MAX_LOAD_MILLIS));
        journal.stop();
        for (Thread t : users) {
            t.join(Duration.ofSeconds(45));
        }
        poller.join(Duration.ofSeconds(5));
        return System.currentTimeMillis() - t0;
    }
}
