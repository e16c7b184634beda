import java.util.Arrays;
import java.util.List;

/**
 * The CLUSTER_* variables run.sh exports. The defaults are run.sh's own ports and paths, so Load
 * can be started by hand against a cluster run.sh left running (CLUSTER_KEEP=1).
 *
 * @param lb nginx, which every load request goes through
 * @param instancePorts each instance's own port (polled and checked directly, not through nginx)
 * @param ctl the script of the fault actions
 * @param noRestart sigterm/sigkill: the stopped instance is not started again
 * @param corruptStats falsify one rating_stats row before the checks (to see the check fail)
 * @param keyFile the fake key endpoint's private key, to mint Firebase-shaped tokens
 */
record Settings(
        String lb,
        List<Integer> instancePorts,
        String jdbc,
        String ctl,
        int users,
        boolean noRestart,
        boolean corruptStats,
        String keyFile) {

    static Settings fromEnv() {
        return new Settings(
                env("CLUSTER_LB", "http://127.0.0.1:18410"),
                Arrays.stream(env("CLUSTER_INSTANCE_PORTS", "18411,18412,18413").split(","))
                        .map(Integer::parseInt)
                        .toList(),
                env("CLUSTER_JDBC", "jdbc:postgresql://127.0.0.1:18400/postgres?user=postgres"),
                env("CLUSTER_CTL", "scripts/cluster/ctl.sh"),
                Integer.parseInt(env("CLUSTER_USERS", "50")),
                env("CLUSTER_NO_RESTART", "0").equals("1"),
                env("CLUSTER_CORRUPT_STATS", "0").equals("1"),
                env("CLUSTER_KEY", "signing-key.json"));
    }

    /** CLUSTER_SECONDS, or the scenario's own duration: long enough for its fault schedule. */
    static int loadSeconds(String scenario) {
        return Integer.parseInt(env(
                "CLUSTER_SECONDS",
                switch (scenario) {
                    case "steady" -> "20";
                    case "hot-row" -> "15";
                    case "tmdb" -> "34";
                    default -> "25";
                }));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
