package com.frameratr.users;

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

/** /api/me/limits states each limit, and passing one is a 409 naming it that writes nothing. */
@IntegrationTest
@TestPropertySource(properties = {"frameratr.limits.watchlist-titles=2", "frameratr.limits.diary-entries-per-day=2"})
class LimitsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
    }

    @Test
    void theLimitsAreStatedInOnePlace() {
        Response limits = api.get("/api/me/limits", ada);

        assertThat(limits.status()).isEqualTo(200);
        assertThat(limits.json().get("stored").get("watchlist_titles").asInt()).isEqualTo(2);
        assertThat(limits.json().get("stored").get("diary_entries_per_day").asInt())
                .isEqualTo(2);
        assertThat(limits.json().get("writes_per_minute").asInt()).isEqualTo(100000);
        assertThat(api.get("/api/me/limits").status()).isEqualTo(401);
    }

    @Test
    void theWatchlistLimitIsA409NamingItAcrossKinds() {
        api.post("/api/watchlist/movies/155", "", ada);
        api.post("/api/watchlist/tv/1396", "", ada);

        Response third = api.post("/api/watchlist/movies/27205", "", ada);
        Response again = api.post("/api/watchlist/movies/155", "", ada);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.contentType()).isEqualTo("application/problem+json");
        assertThat(third.json().get("type").asString()).isEqualTo("urn:frameratr:problem:limit-exceeded");
        assertThat(third.json().get("limit").asString()).isEqualTo("watchlist_titles");
        assertThat(third.json().get("max").asInt()).isEqualTo(2);
        assertThat(third.json().get("detail").asString())
                .isEqualTo("Limit watchlist_titles reached: titles on the watchlist, movies and TV shows together"
                        + " (at most 2)");
        assertThat(again.status())
                .as("adding one already there is no new title")
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM watchlist")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theDiaryLimitPerDayIsA409AndTheRejectedViewingChangesNothingElse() {
        api.post("/api/watchlist/movies/27205", "", ada);
        api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2026-05-01\"}", ada);
        api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2026-05-01\"}", ada);

        Response third = api.post(
                "/api/diary",
                "{\"movie_id\": 27205, \"watched_on\": \"2026-05-01\", \"rating_val\": 5, \"liked\": true}",
                ada);
        Response otherDay = api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2026-05-02\"}", ada);
        long id = otherDay.json().get("id").asLong();
        Response moved = api.patch("/api/diary/" + id, "{\"watched_on\": \"2026-05-01\"}", ada);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("limit").asString()).isEqualTo("diary_entries_per_day");
        assertThat(otherDay.status()).isEqualTo(201);
        assertThat(moved.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM ratings").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM favorites")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM watchlist")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM diary_entries WHERE watched_on = DATE '2026-05-01'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
