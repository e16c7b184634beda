package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.TmdbIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One request slot: a request held by a slow TMDb answer occupies it, so the next request waits
 * its 100 ms turn and gets a 503 problem, while /health still answers and nothing stays blocked.
 */
@TmdbIntegrationTest
@TestPropertySource(properties = {"frameratr.max-concurrent-requests=1", "frameratr.request-queue-timeout=100ms"})
class ConcurrencyLimitTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Test
    void pastTheLimitARequestWaitsItsTurnThen503sWhileHealthStillAnswers() throws Exception {
        // an id no other test asks for, so no cache answers it before TMDb does
        String path = "/movie/" + ThreadLocalRandom.current().nextInt(800_000, 900_000);
        tmdb.script(path, Reply.delayed(350));
        var slow = CompletableFuture.supplyAsync(() -> api.get("/api/tmdb" + path));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (tmdb.calls(path).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(tmdb.calls(path)).as("the slow request reached TMDb").hasSize(1);

        var busy = api.get("/api/movies");

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.contentType()).startsWith("application/problem+json");
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.json().get("type").asString()).isEqualTo("urn:frameratr:problem:overloaded");
        assertThat(api.get("/health").status()).isEqualTo(200);

        assertThat(slow.get(5, TimeUnit.SECONDS).status()).isEqualTo(404);
        assertThat(api.get("/api/movies").status()).isEqualTo(200);
        assertThat(api.get("/api/movies").status())
                .as("the slot was given back")
                .isEqualTo(200);
    }
}
