package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Each client (user, else address as the load balancer saw it) has its own small share of TMDb cache
 * misses: one client's flood of distinct searches costs only its own share, while other clients'
 * misses, every client's hits and a signed-in user's write about an unknown title go on working.
 */
@TmdbIntegrationTest
@TestPropertySource(
        properties = {
            "TRUSTED_PROXY_CIDRS=127.0.0.0/8,::1/128",
            "frameratr.tmdb.client-miss-burst=3",
            "frameratr.tmdb.client-misses-per-minute=3"
        })
class TmdbClientBudgetTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TmdbCache cache;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
        jdbc.sql("DELETE FROM tmdb_cache").update();
        cache.clearMemory();
        tmdb.reset();
    }

    @Test
    void aFloodOfDistinctSearchesFromOneClientLeavesEveryoneElseWorking() {
        String[] signedIn = DevTokens.bearer(api, "budget-ada");
        double limitedBefore = misses("browse", "client-limit");

        List<Integer> flood = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flood.add(search("198.51.100.1", "flood " + i).status());
        }
        var other = search("198.51.100.2", "another client");
        var rating = api.put("/api/movies/27205/rating", Json.object("rating_val", 9), signedIn);
        var floodersHit = search("198.51.100.1", "flood 0");

        assertThat(flood.subList(0, 3)).containsOnly(200);
        assertThat(flood.subList(3, 20)).containsOnly(429);
        assertThat(other.status()).isEqualTo(200);
        assertThat(rating.status()).as(rating.body()).isEqualTo(200);
        assertThat(floodersHit.status()).as("hits are never limited").isEqualTo(200);
        assertThat(floodersHit.header("X-Cache")).isEqualTo("HIT");
        assertThat(misses("browse", "client-limit") - limitedBefore).isEqualTo(17);
        assertThat(tmdb.calls("/search/movie")).hasSize(4);
    }

    @Test
    void pastItsShareAClientGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            search("198.51.100.3", "share " + i);
        }

        var limited = search("198.51.100.3", "one too many");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 20);
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:frameratr:problem:rate-limited");
    }

    @Test
    void aSignedInUserHasAShareOfItsOwnWhateverAddressItComesFrom() {
        String[] signedIn = DevTokens.bearer(api, "budget-grace");
        for (int i = 0; i < 3; i++) {
            search("198.51.100.4", "address share " + i);
        }

        var asUser = api.get(
                "/api/tmdb/search/movies?q=as+user", "X-Forwarded-For", "198.51.100.4", signedIn[0], signedIn[1]);

        assertThat(asUser.status()).isEqualTo(200);
    }

    @Test
    void similarTitlesFromTmdbCostAnAnonymousClientItsOwnShare() {
        Fixtures fixtures = new Fixtures(jdbc);
        List<Integer> titles = List.of(550, 680, 155, 27205);
        for (int id : titles) {
            fixtures.movie(id, "Movie " + id, 10);
        }

        List<Integer> statuses = new ArrayList<>();
        for (int id : titles) {
            statuses.add(api.get("/api/movies/" + id + "/similar", "X-Forwarded-For", "198.51.100.5")
                    .status());
        }
        var other = api.get("/api/movies/27205/similar", "X-Forwarded-For", "198.51.100.6");

        // no model yet: each title's similar titles are a miss of its TMDb details
        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("source").asString()).isEqualTo("tmdb");
        assertThat(tmdb.calls("/movie/27205")).hasSize(1);
    }

    private Api.Response search(String client, String query) {
        return api.get("/api/tmdb/search/movies?q=" + query.replace(' ', '+'), "X-Forwarded-For", client);
    }

    private double misses(String purpose, String reason) {
        var counter = meters.find(MissBudget.METRIC)
                .tag("purpose", purpose)
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
