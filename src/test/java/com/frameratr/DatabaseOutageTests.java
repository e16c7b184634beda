package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The database goes away and comes back while the service runs: requests get a quick 503
 * problem (not a hang), liveness stays 200, readiness reports the database, and the pool recovers
 * without restarting the service.
 */
class DatabaseOutageTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void servesAgainAfterTheDatabaseRestarts() throws Exception {
        int port = ServiceProcess.freePort();
        EmbeddedPostgres database = start(port);
        try (var context = new SpringApplicationBuilder(FrameRatrApplication.class)
                .run(
                        "--DB_HOST=localhost",
                        "--FRAMERATR_DEV_AUTH=true",
                        "--DB_PORT=" + port,
                        "--DB_NAME=postgres",
                        "--DB_USER=postgres",
                        "--DB_PASS=",
                        "--server.port=0")) {
            int web = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(get(web, "/api/movies").statusCode()).isEqualTo(200);
            assertThat(get(web, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            String token = devToken(web, "outage-user");

            database.close();

            long started = System.nanoTime();
            // a page the first-page cache does not hold (its 1 s old copy of /api/movies may still be served)
            HttpResponse<String> during = get(web, "/api/movies?page=1");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            // a title page the cache does not hold goes to the database through the cache's loader:
            // the failure comes out as the same 503 problem
            HttpResponse<String> page = get(web, "/api/movies/155");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            // the first page's copy is at most its second old; after that its loader meets the outage too
            Thread.sleep(1_100);
            HttpResponse<String> firstPage = get(web, "/api/movies");
            assertThat(firstPage.statusCode()).isEqualTo(503);
            assertThat(firstPage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(get(web, "/health").statusCode()).isEqualTo(200);
            assertThat(get(web, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            // a transactional request (sign-in upserts the user) is a 503 too, not a 500: the
            // transaction manager reports the missing connection as CannotCreateTransactionException
            HttpResponse<String> transactional =
                    send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + web + "/api/me"))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(20))
                            .build());
            assertThat(transactional.statusCode()).isEqualTo(503);
            assertThat(transactional.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(transactional.headers().firstValue("Retry-After")).hasValue("5");
            // a streamed export reads its first page before it answers: a 503 problem, not a 200
            // whose CSV ends after the header
            HttpResponse<String> export = send(HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + web + "/api/me/export?format=letterboxd"))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(20))
                    .build());
            assertThat(export.statusCode()).as(export.body()).isEqualTo(503);
            assertThat(export.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            // the ZIP too: the user's row, profile and first ratings are read before the ZIP opens
            HttpResponse<String> zip = send(
                    HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + web + "/api/me/export?format=zip"))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(20))
                            .build());
            assertThat(zip.statusCode()).as(zip.body()).isEqualTo(503);
            assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            database = start(port);

            assertThat(eventuallyOk(web, "/api/movies?page=1")).isTrue();
            assertThat(get(web, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private boolean eventuallyOk(int web, String path) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (get(web, path).statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private String devToken(int port, String uid) throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/dev/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"uid\": \"" + uid + "\"}"))
                        .timeout(Duration.ofSeconds(20))
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                BodyHandlers.ofString());
    }
}
