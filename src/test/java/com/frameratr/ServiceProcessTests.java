package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.ServiceProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as a process: signals, restarts on the same data directory, JSON logs. */
class ServiceProcessTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void finishesInFlightRequestsOnSigtermAndKeepsDataAcrossRestart() throws Exception {
        int databasePort = ServiceProcess.freePort();
        try (ServiceProcess first =
                ServiceProcess.start(home, databasePort, Map.of(), "--spring.main.sources=probe.ProbeController")) {
            insertMovie(databasePort);
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    HttpRequest.newBuilder(first.uri("/test/slow?millis=3000")).build(), BodyHandlers.ofString());
            Thread.sleep(500);

            int exitCode = first.terminate();

            HttpResponse<String> finished = inFlight.get();
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("done");
            assertThat(exitCode).isIn(0, 143);
            System.out.printf("first start to healthy: %d ms%n", first.startUp().toMillis());
        }
        try (ServiceProcess second = ServiceProcess.start(home, databasePort, Map.of())) {
            assertThat(get(second, "/api/movies/603").statusCode()).isEqualTo(200);
            System.out.printf("restart to healthy: %d ms%n", second.startUp().toMillis());
        }
    }

    @Test
    void startsAgainAfterSigkillLeftItsDatabaseRunning() throws Exception {
        int databasePort = ServiceProcess.freePort();
        ServiceProcess killed = ServiceProcess.start(home, databasePort, Map.of());
        killed.kill();

        try (ServiceProcess restarted = ServiceProcess.start(home, databasePort, Map.of())) {
            assertThat(get(restarted, "/health").body()).isEqualTo("{\"ok\":true}");
        }
    }

    /**
     * Every write the service acknowledged is there after PostgreSQL and the service were killed
     * with SIGKILL right after the last answer. With the embedded library's default,
     * synchronous_commit=off, the last commits were still in PostgreSQL's memory and were lost.
     */
    @Test
    void aSigkillOfTheDatabaseAndTheServiceLosesNoAcknowledgedWrite() throws Exception {
        int databasePort = ServiceProcess.freePort();
        int acknowledged = 0;
        try (ServiceProcess service = ServiceProcess.start(home, databasePort, Map.of())) {
            insertMovie(databasePort);
            for (int i = 0; i < 60; i++) {
                String token = devToken(service, "durable-" + i);
                var rating = http.send(
                        HttpRequest.newBuilder(service.uri("/api/movies/603/rating"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"rating_val\": 7}"))
                                .build(),
                        BodyHandlers.ofString());
                assertThat(rating.statusCode()).as(rating.body()).isEqualTo(200);
                acknowledged++;
            }
            killPostgres(home.resolve("pgdata"));
            service.kill();
        }

        try (ServiceProcess restarted = ServiceProcess.start(home, databasePort, Map.of())) {
            var detail = json(get(restarted, "/api/movies/603").body());
            assertThat(detail.get("user_rating_count").asInt()).isEqualTo(acknowledged);
            assertThat(countRatings(databasePort)).isEqualTo(acknowledged);
        }
    }

    /**
     * An event whose listener was still at work when the service died is delivered by the next
     * start (the event publication registry keeps it until a listener completes it).
     */
    @Test
    void anEventInFlightAtASigkillIsDeliveredAfterTheRestart() throws Exception {
        int databasePort = ServiceProcess.freePort();
        String listener = "--spring.main.sources=probe.SlowTitleRatedListener";
        try (ServiceProcess first = ServiceProcess.start(home, databasePort, Map.of(), listener)) {
            insertMovie(databasePort);
            database(databasePort).sql("CREATE TABLE probe_events (uid text)").update();
            var rating = http.send(
                    HttpRequest.newBuilder(first.uri("/api/movies/603/rating"))
                            .header("Authorization", "Bearer " + devToken(first, "in-flight"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"rating_val\": 9}"))
                            .build(),
                    BodyHandlers.ofString());
            assertThat(rating.statusCode()).isEqualTo(200);
            first.kill();
        }
        assertThat(probeEvents(databasePort))
                .as("the listener had not finished")
                .isZero();

        try (ServiceProcess restarted = ServiceProcess.start(home, databasePort, Map.of(), listener)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (probeEvents(databasePort) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(probeEvents(databasePort)).isEqualTo(1);
        }
    }

    private static int probeEvents(int databasePort) {
        return database(databasePort)
                .sql("SELECT count(*) FROM probe_events WHERE uid = 'in-flight'")
                .query(Integer.class)
                .single();
    }

    private static void killPostgres(Path dataDirectory) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .getFirst()
                .strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get(10, TimeUnit.SECONDS);
    }

    private String devToken(ServiceProcess service, String uid) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(service.uri("/api/dev/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"uid\": \"" + uid + "\"}"))
                        .build(),
                BodyHandlers.ofString());
        return json(response.body()).get("id_token").asString();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static int countRatings(int databasePort) {
        return database(databasePort)
                .sql("SELECT count(*) FROM ratings WHERE kind = 'movie' AND title_id = 603")
                .query(Integer.class)
                .single();
    }

    @Test
    void logsOneJsonObjectPerLineWithTheRequestId() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(
                home,
                ServiceProcess.freePort(),
                Map.of("LOG_FORMAT", "json"),
                "--logging.level.com.frameratr.platform.web.RequestIdFilter=DEBUG")) {
            get(service, "/api/movies?limit=1", "X-Request-Id", "json-line-7");
            Thread.sleep(300);

            JsonMapper json = JsonMapper.builder().build();
            var lines = service.output().stream()
                    .filter(line -> line.startsWith("{"))
                    .map(json::readTree)
                    .toList();
            assertThat(lines)
                    .anySatisfy(
                            line -> assertThat(line.get("message").asString()).startsWith("FrameRatr ready"));
            JsonNode requestLine = lines.stream()
                    .filter(line -> "json-line-7".equals(line.path("request_id").asString(null)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no JSON log line with the request id"));
            assertThat(requestLine.get("message").asString()).contains("GET /api/movies -> 200");
        }
    }

    private HttpResponse<String> get(ServiceProcess service, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static void insertMovie(int databasePort) {
        database(databasePort)
                .sql("INSERT INTO titles (kind, id, title) VALUES ('movie', 603, 'The Matrix')")
                .update();
    }

    private static JdbcClient database(int databasePort) {
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "postgres",
                ""));
    }
}
