package com.frameratr.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Totals of full list pages are counted once per TTL and query; the page itself is always current. */
@IntegrationTest
@TestPropertySource(properties = "frameratr.catalog.total-count-ttl=1h")
class CachedTotalsTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void totalOfAFullPageMayLagWhileThePageIsCurrent() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        assertThat(api.get("/api/movies?limit=1").header("X-Total-Count")).isEqualTo("1");

        fixtures.movie(272, "Batman Begins", 95);
        var response = api.get("/api/movies?limit=1");

        assertThat(response.header("X-Total-Count")).isEqualTo("1");
        assertThat(response.json().get(0).get("id").asInt()).isEqualTo(272);
        // a page that is not full ends the list: its total is exact without a count
        assertThat(api.get("/api/movies").header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/movies?q=batman").header("X-Total-Count")).isEqualTo("1");
        assertThat(api.get("/api/tv").header("X-Total-Count")).isEqualTo("0");
    }
}
