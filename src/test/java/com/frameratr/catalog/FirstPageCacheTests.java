package com.frameratr.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The first page of popular titles from memory: the same bytes, paging headers and tag as the page
 * computed fresh, a 304 for its tag, fresh after the ttl, and only for the spellings kept (no query
 * string or only limit). Same properties as TitlePageCacheExpiryTests: one context for both.
 */
@IntegrationTest
@TestPropertySource(properties = {"frameratr.titles.page-cache-ttl=1s", "frameratr.catalog.first-page-ttl=1s"})
class FirstPageCacheTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() throws InterruptedException {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(272, "Batman Begins", 95);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        // whatever an earlier test left in the cache has expired
        Thread.sleep(1_100);
    }

    @Test
    void theCachedFirstPageIsTheComputedOneByteForByte() {
        Response cached = api.get("/api/movies?limit=1");
        Response computed = api.get("/api/movies?limit=1&page=1");

        assertThat(cached.status()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(computed.body());
        assertThat(cached.json().get(0).get("id").asInt()).isEqualTo(272);
        assertThat(cached.header("X-Total-Count")).isEqualTo("2");
        assertThat(cached.header("Link")).isEqualTo(computed.header("Link").replace("&page=1", ""));
        assertThat(cached.contentType()).isEqualTo("application/json");
        assertThat(api.get("/api/tv").json().get(0).get("name").asString()).isEqualTo("Breaking Bad");
    }

    @Test
    void itsTagAnswersIfNoneMatchWith304() {
        Response first = api.get("/api/movies");
        Response again = api.get("/api/movies", "If-None-Match", first.header("ETag"));

        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aNewTitleShowsAfterTheTtlAndAtOnceEverywhereElse() throws InterruptedException {
        assertThat(api.get("/api/movies").header("X-Total-Count")).isEqualTo("2");
        fixtures.movie(49026, "The Dark Knight Rises", 99);

        // a search, another page and an unknown parameter are never served from the cache
        assertThat(api.get("/api/movies?q=dark").header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/movies?page=1").json().get(0).get("id").asInt())
                .isEqualTo(49026);
        assertThat(api.get("/api/movies?utm=1").json().get(0).get("id").asInt()).isEqualTo(49026);
        Thread.sleep(1_200);
        assertThat(api.get("/api/movies").json().get(0).get("id").asInt()).isEqualTo(49026);
    }

    @Test
    void aLimitOutOfRangeIsStillA400() {
        assertThat(api.get("/api/movies?limit=101").status()).isEqualTo(400);
        assertThat(api.get("/api/movies?limit=0").status()).isEqualTo(400);
    }
}
