package com.frameratr.titles;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The public part of title pages served from memory: stale for writes this instance did not see
 * (here: SQL behind the service's back) until the ttl, fresh at once for this instance's own writes,
 * never for a title that was not found, and the reader's own state always read now. The ttl is long
 * (the same properties as CachedTotalsTests, one context for both), so what is stale stays stale
 * while a test looks; TitlePageCacheExpiryTests shows the ttl itself.
 */
@IntegrationTest
@TestPropertySource(properties = {"frameratr.catalog.total-count-ttl=1h", "frameratr.titles.page-cache-ttl=1h"})
class TitlePageCacheTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        // a previous test's pages of the same ids are in the cache: a write through the service drops them
        fixtures.movie(155, "The Dark Knight", 90);
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 1}", DevTokens.bearer(api, "reset"));
        api.delete("/api/movies/155/rating", DevTokens.bearer(api, "reset"));
    }

    @Test
    void aWriteTheInstanceDidNotSeeShowsOnlyAfterTheTtl() {
        Response before = api.get("/api/movies/155");
        fixtures.user("grace", "Grace");
        fixtures.rating("grace", "movie", 155, "9");

        Response cached = api.get("/api/movies/155");

        assertThat(before.json().get("user_rating_count").asInt()).isEqualTo(0);
        assertThat(cached.body()).isEqualTo(before.body());
        assertThat(cached.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void theInstancesOwnRatingDropsThePageAtOnce() {
        String tag = api.get("/api/movies/155").header("ETag");

        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8}", DevTokens.bearer(api, "ada"));
        Response after = api.get("/api/movies/155", "If-None-Match", tag);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("user_rating_count").asInt()).isEqualTo(1);
        assertThat(after.json().get("user_rating_avg").decimalValue()).isEqualByComparingTo("8.0");
        assertThat(after.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void viewingsFavoritesAndListEntriesDropThePage() {
        String[] ada = DevTokens.bearer(api, "ada");
        api.get("/api/movies/155");

        api.post("/api/diary", "{\"movie_id\": 155, \"liked\": true}", ada);
        assertThat(api.get("/api/movies/155").json().get("watch_count").asInt()).isEqualTo(1);
        assertThat(api.get("/api/movies/155").json().get("fan_count").asInt()).isEqualTo(1);

        long list = api.post("/api/lists", "{\"name\": \"Open\", \"visibility\": \"public\"}", ada)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists/" + list + "/entries", "{\"movie_id\": 155}", ada);
        assertThat(api.get("/api/movies/155").json().get("list_count").asInt()).isEqualTo(1);
        api.patch("/api/lists/" + list, "{\"visibility\": \"private\"}", ada);
        assertThat(api.get("/api/movies/155").json().get("list_count").asInt()).isEqualTo(0);
    }

    @Test
    void aCachedPageAnswersIfNoneMatchWith304AndTheSameTagAsAComputedOne() {
        Response first = api.get("/api/movies/155");
        Response again = api.get("/api/movies/155", "If-None-Match", first.header("ETag"));

        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(first.raw().headers().allValues("Vary")).contains("Authorization");
        assertThat(first.contentType()).isEqualTo("application/json");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aTitleThatWasNotFoundIsNotRemembered() {
        assertThat(api.get("/api/movies/272").status()).isEqualTo(404);

        fixtures.movie(272, "Batman Begins", 95);

        Response found = api.get("/api/movies/272");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("title").asString()).isEqualTo("Batman Begins");
    }

    @Test
    void theReadersOwnStateIsReadEveryTimeBesideTheCachedPage() {
        String[] ada = DevTokens.bearer(api, "ada");
        assertThat(api.get("/api/movies/155", ada)
                        .json()
                        .get("viewer")
                        .get("in_watchlist")
                        .asBoolean())
                .isFalse();

        // the watchlist is not on the public page: adding to it does not drop the cached page
        api.post("/api/watchlist/movies/155", "", ada);

        Response page = api.get("/api/movies/155", ada);
        assertThat(page.json().get("viewer").get("in_watchlist").asBoolean()).isTrue();
        assertThat(page.json().get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(api.get("/api/movies/155").json().has("viewer")).isFalse();
    }
}
