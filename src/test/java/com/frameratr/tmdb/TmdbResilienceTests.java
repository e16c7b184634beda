package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.TmdbIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TMDb failing, slow, rate limiting or hammered: retries, error mapping, coalescing, stale answers, no token leaks. */
@TmdbIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TmdbResilienceTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    TmdbCache cache;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startClean() {
        tmdb.reset();
        cache.clearMemory();
        jdbc.sql("DELETE FROM tmdb_cache").update();
        jdbc.sql("UPDATE tmdb_rate_limit SET next_at = '-infinity', last_started_at = '-infinity'")
                .update();
    }

    @Test
    void upstream404IsA404ProblemAndIsRemembered() {
        var response = api.get("/api/tmdb/movie/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/tmdb/person/999999").status()).isEqualTo(404);

        assertThat(api.get("/api/tmdb/movie/999999").status()).isEqualTo(404);
        assertThat(tmdb.calls("/movie/999999")).hasSize(1);
    }

    @Test
    void waitsForRetryAfterOn429AndThenSucceeds() {
        tmdb.script("/movie/27205", Reply.tooManyRequests("1"));

        var response = api.get("/api/tmdb/movie/27205");

        assertThat(response.status()).isEqualTo(200);
        var calls = tmdb.calls("/movie/27205");
        assertThat(calls).hasSize(2);
        assertThat(Duration.ofNanos(calls.get(1).nanoTime() - calls.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void persistent429IsA503AfterTheRetries() {
        tmdb.always("/movie/top_rated", Reply.tooManyRequests("0"));

        var response = api.get("/api/tmdb/top-rated/movies");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(tmdb.calls("/movie/top_rated")).hasSize(3);
    }

    @Test
    void retryAfterBeyondTheRetryBudgetFailsFast() {
        tmdb.always("/movie/upcoming", Reply.tooManyRequests("60"));
        long started = System.nanoTime();
        try {
            var response = api.get("/api/tmdb/upcoming/movies");

            assertThat(response.status()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(tmdb.calls("/movie/upcoming")).hasSize(1);
            // and the whole deployment now pauses as TMDb asked
            assertThat(api.get("/api/tmdb/upcoming/movies?page=2").status()).isEqualTo(503);
            assertThat(tmdb.calls("/movie/upcoming")).hasSize(1);
        } finally {
            jdbc.sql("UPDATE tmdb_rate_limit SET next_at = '-infinity', last_started_at = '-infinity'")
                    .update();
        }
    }

    @Test
    void retriesA500AndServesTheAnswer() {
        tmdb.script("/tv/1399", Reply.status(500));

        var response = api.get("/api/tmdb/tv/1399");

        assertThat(response.status()).isEqualTo(200);
        assertThat(tmdb.calls("/tv/1399")).hasSize(2);
    }

    @Test
    void persistent5xxIsA502() {
        tmdb.always("/tv/66732", Reply.status(500));

        var response = api.get("/api/tmdb/tv/66732");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(tmdb.calls("/tv/66732")).hasSize(3);
    }

    @Test
    void timeoutIsA504WithinTheRetryBudget() {
        tmdb.always("/person/287", Reply.delayed(1_500));
        long started = System.nanoTime();

        var response = api.get("/api/tmdb/person/287");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(tmdb.calls("/person/287")).hasSizeBetween(2, 3);
    }

    @Test
    void concurrentIdenticalMissesCostOneUpstreamCall() throws Exception {
        tmdb.script("/movie/550", Reply.delayed(300));
        List<Callable<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            requests.add(() -> api.get("/api/tmdb/movie/550"));
        }

        List<Api.Response> responses = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Api.Response> future : executor.invokeAll(requests)) {
                responses.add(future.get());
            }
        }

        assertThat(responses)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        assertThat(responses.stream().map(Api.Response::body).distinct()).hasSize(1);
        assertThat(tmdb.calls("/movie/550")).hasSize(1);
    }

    @Test
    void servesAStaleAnswerWhenTmdbFails() {
        String fresh = api.get("/api/tmdb/popular/tv").body();
        expireInSharedCache(Duration.ofDays(2));
        tmdb.always("/tv/popular", Reply.status(503));

        var response = api.get("/api/tmdb/popular/tv");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(fresh);
        assertThat(response.header("X-Cache")).isEqualTo("STALE");
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=0, public");
        assertThat(tmdb.calls("/tv/popular")).hasSize(1 + 3);
    }

    @Test
    void servesARecentlyExpiredAnswerAtOnceAndRefreshesBehindIt() throws InterruptedException {
        api.get("/api/tmdb/genres/tv");
        expireInSharedCache(Duration.ofMinutes(1));
        tmdb.script("/genre/tv/list", Reply.delayed(200));

        var stale = api.get("/api/tmdb/genres/tv");

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("X-Cache")).isEqualTo("STALE");
        for (int i = 0;
                i < 100 && !api.get("/api/tmdb/genres/tv").header("X-Cache").equals("HIT");
                i++) {
            Thread.sleep(20);
        }
        assertThat(api.get("/api/tmdb/genres/tv").header("X-Cache")).isEqualTo("HIT");
        assertThat(tmdb.calls("/genre/tv/list")).hasSize(2);
    }

    @Test
    void theTokenAppearsInNoLogLine(CapturedOutput output) {
        tmdb.always("/movie/680", Reply.status(500));
        tmdb.always("/tv/1396/videos", Reply.delayed(1_500));
        tmdb.script("/movie/603", Reply.tooManyRequests("0"));

        assertThat(api.get("/api/tmdb/movie/680").status()).isEqualTo(502);
        assertThat(api.get("/api/tmdb/tv/1396/videos").status()).isEqualTo(504);
        assertThat(api.get("/api/tmdb/movie/603").status()).isEqualTo(200);
        assertThat(api.get("/api/tmdb/movie/4040404").status()).isEqualTo(404);

        assertThat(output.getAll()).contains("TMDb GET /movie/680 failed");
        assertThat(output.getAll()).doesNotContain(FakeTmdb.TOKEN).doesNotContain("Bearer ");
    }

    /** Ages the one cached answer so that it expired {@code ago} (and drops the in-process copy). */
    private void expireInSharedCache(Duration ago) {
        jdbc.sql("""
                        UPDATE tmdb_cache
                        SET expires_at = now() - make_interval(secs => :ago),
                            fetched_at = now() - make_interval(secs => :ago) - interval '1 hour'
                        """).param("ago", (double) ago.toSeconds()).update();
        cache.clearMemory();
    }
}
