import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls every instance's /health (liveness, what the ALB checks) and readiness directly, not
 * through nginx, every 250 ms, each on its own thread so a slow answer does not delay the others.
 */
final class HealthPoller {

    private static final int MAX_ROUNDS = 1_000;

    private final List<Integer> ports;
    private final Journal journal;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private HealthPoller(List<Integer> ports, Journal journal) {
        this.ports = ports;
        this.journal = journal;
    }

    /** A daemon thread that ends when the run stops (or after 200 s). */
    static Thread start(List<Integer> ports, Journal journal) {
        HealthPoller poller = new HealthPoller(ports, journal);
        return Thread.ofPlatform().daemon().start(poller::run);
    }

    private void run() {
        List<Thread> pollers = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            for (String kind : List.of("health", "readiness")) {
                int instance = i + 1;
                int port = ports.get(i);
                String path = kind.equals("health") ? "/health" : "/actuator/health/readiness";
                pollers.add(Thread.ofVirtual().start(() -> poll(instance, port, kind, path)));
            }
        }
        for (Thread t : pollers) {
            try {
                t.join(Duration.ofSeconds(200));
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private void poll(int instance, int port, String kind, String path) {
        for (int round = 0; round < MAX_ROUNDS && !journal.stopped(); round++) {
            long start = System.currentTimeMillis();
            int status = status(port, path);
            journal.add(new Poll(instance, kind, start, status, System.currentTimeMillis() - start));
            Sleep.until(start + 250);
        }
    }

    /** 8 s, beyond the ALB's 5 s health check timeout, so a slow answer is measured, not cut off. */
    private int status(int port, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(8))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception ex) {
            return 0;
        }
    }
}
