package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Browsing may queue for the deployment's TMDb budget only briefly, imports much longer: however
 * many anonymous clients browse at once, a signed-in write about an unknown title gets its call.
 */
@TmdbIntegrationTest
@TestPropertySource(
        properties = {
            "TRUSTED_PROXY_CIDRS=127.0.0.0/8,::1/128",
            "frameratr.tmdb.sleep-sec=0.2",
            "frameratr.tmdb.browse-queue-wait=600ms",
            "frameratr.tmdb.max-queue-wait=5s"
        })
class TmdbImportReserveTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TmdbCache cache;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
        jdbc.sql("DELETE FROM tmdb_cache").update();
        cache.clearMemory();
        tmdb.reset();
    }

    @Test
    void aWriteAboutAnUnknownTitleIsServedWhileManyClientsBrowse() throws Exception {
        String[] signedIn = DevTokens.bearer(api, "reserve-ada");
        List<CompletableFuture<Api.Response>> browsing = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                String client = "203.0.113." + (i + 1);
                String query = "browse+" + i;
                browsing.add(CompletableFuture.supplyAsync(
                        () -> api.get("/api/tmdb/search/movies?q=" + query, "X-Forwarded-For", client), threads));
            }
            Thread.sleep(200);
            var rating = api.put("/api/movies/27205/rating", Json.object("rating_val", 8), signedIn);

            assertThat(rating.status()).as(rating.body()).isEqualTo(200);
            List<Integer> statuses = new ArrayList<>();
            for (var request : browsing) {
                statuses.add(request.get().status());
            }
            assertThat(statuses).contains(200).contains(503).containsOnly(200, 503);
        }
    }
}
