package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.TmdbIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One request slot, and one for the TMDb proxy. A request held by a slow TMDb answer occupies its
 * slot, so the next request for the same kind of slot waits its 100 ms turn and gets a 503 problem,
 * while the other kind, /health and everything after the slow request are served.
 */
@TmdbIntegrationTest
@TestPropertySource(properties = {"frameratr.max-concurrent-requests=1", "frameratr.request-queue-timeout=100ms"})
class ConcurrencyLimitTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    // ids no other test asks for, so no cache or catalog row answers before TMDb does
    String slowPath;

    @BeforeEach
    void slowTmdbAnswer() {
        slowPath = "/movie/" + ThreadLocalRandom.current().nextInt(800_000, 900_000);
        tmdb.script(slowPath, Reply.delayed(350));
    }

    @Test
    void aSlowTmdbProxyRequestTakesOnlyTheProxysSlot() throws Exception {
        var slow = CompletableFuture.supplyAsync(() -> api.get("/api/tmdb" + slowPath));
        awaitTmdbCall();

        assertOverloaded(api.get("/api/tmdb/movie/550"));
        assertThat(api.get("/api/movies").status())
                .as("our own reads are not held up")
                .isEqualTo(200);
        assertThat(api.get("/health").status()).isEqualTo(200);

        assertThat(slow.get(5, TimeUnit.SECONDS).status()).isEqualTo(404);
        assertThat(api.get("/api/tmdb/movie/550").status())
                .as("the slot was given back")
                .isEqualTo(200);
    }

    @Test
    void aWriteWaitingForATitleImportHoldsTheRequestSlot() throws Exception {
        String[] user = DevTokens.bearer(api, "slot-holder");
        var slow = CompletableFuture.supplyAsync(() ->
                api.put("/api" + slowPath.replace("/movie/", "/movies/") + "/rating", "{\"rating_val\": 7}", user));
        awaitTmdbCall();

        assertOverloaded(api.get("/api/movies"));
        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(api.get("/api/tmdb/movie/550").status())
                .as("the proxy has its own slot")
                .isEqualTo(200);

        assertThat(slow.get(5, TimeUnit.SECONDS).status())
                .as("TMDb does not know the id")
                .isEqualTo(404);
        assertThat(api.get("/api/movies").status())
                .as("the slot was given back")
                .isEqualTo(200);
        assertThat(api.get("/api/movies").status()).isEqualTo(200);
    }

    private void awaitTmdbCall() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (tmdb.calls(slowPath).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(tmdb.calls(slowPath)).as("the slow request reached TMDb").hasSize(1);
    }

    private static void assertOverloaded(Response busy) {
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.contentType()).startsWith("application/problem+json");
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.json().get("type").asString()).isEqualTo("urn:frameratr:problem:overloaded");
    }
}
