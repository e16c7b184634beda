package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import probe.ProbeController;

/**
 * Clients that trickle their request bodies hold no request slot, and get 408 when the body has not
 * arrived in time; one client can have only so many requests in flight.
 */
@IntegrationTest
@Import(ProbeController.class)
@TestPropertySource(
        properties = {
            "frameratr.max-concurrent-requests=64",
            "frameratr.body-read-timeout=3s",
            "frameratr.limits.in-flight-per-client=4"
        })
class SlowClientTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    final List<Socket> tricklers = new ArrayList<>();
    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void close() throws IOException {
        threads.shutdownNow();
        for (Socket socket : tricklers) {
            socket.close();
        }
    }

    @Test
    void seventyBodyTricklersDoNotStopTheCatalogAndGet408() throws Exception {
        for (int i = 0; i < 70; i++) {
            tricklers.add(startTrickling());
        }
        threads.submit(this::trickleOneByteEach500Ms);

        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            var movies = api.get("/api/movies?limit=1");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(movies.status()).as(movies.body()).isEqualTo(200);
            assertThat(millis).as("answered without waiting for a slot").isLessThan(1_000);
            Thread.sleep(100);
        }

        String answer = readAnswer(tricklers.getFirst());
        assertThat(answer).startsWith("HTTP/1.1 408");
        assertThat(answer).contains("application/problem+json").contains("urn:frameratr:problem:body-timeout");
    }

    @Test
    void oneClientHasAtMostItsShareOfRequestsInFlight() throws Exception {
        String[] signedIn = DevTokens.bearer(api, "slow-other");
        List<CompletableFuture<Api.Response>> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> api.get("/test/slow?millis=1500"), threads));
            Thread.sleep(50);
        }
        var otherClient = api.get("/api/me", signedIn);

        List<Integer> statuses = new ArrayList<>();
        for (var request : slow) {
            statuses.add(request.get(10, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(4);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(2);
        assertThat(otherClient.status()).as("another client is not held up").isEqualTo(200);
        assertThat(api.get("/test/slow?millis=1").status())
                .as("slots were given back")
                .isEqualTo(200);
    }

    @Test
    void aBodyThatArrivesInTimeIsServedWhole() {
        var echo = api.post("/test/echo", "{\"name\": \"" + "x".repeat(30_000) + "\", \"count\": 3}");

        assertThat(echo.status()).isEqualTo(200);
        assertThat(echo.json().get("name").asString()).hasSize(30_000);
    }

    private Socket startTrickling() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        String head = "POST /test/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private void trickleOneByteEach500Ms() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (Socket socket : tricklers) {
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write(' ');
                        out.flush();
                    } catch (IOException closedByTheServer) {
                        // answered 408 and closed
                    }
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** The status line, headers and body of the answer; Tomcat may keep reading the body after it. */
    private static String readAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        int contentLength = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return answer.toString();
            }
            answer.append((char) b);
            int headersEnd = answer.indexOf("\r\n\r\n");
            if (headersEnd >= 0 && contentLength < 0) {
                var length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)")
                        .matcher(answer);
                contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
            }
            if (headersEnd >= 0 && answer.length() >= headersEnd + 4 + contentLength) {
                return answer.toString();
            }
        }
    }
}
