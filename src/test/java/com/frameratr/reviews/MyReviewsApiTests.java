package com.frameratr.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /api/me/reviews: one's own reviews with what the first version's profile overlay reads. */
@IntegrationTest
class MyReviewsApiTests {

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
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "mine-ada");
    }

    @Test
    void eachReviewCarriesItsTitleNamePosterAndCommentText() {
        api.post("/api/reviews", Json.object("movie_id", 155, "body", "Ledger!"), ada);
        api.post("/api/reviews", Json.object("tv_id", 1396, "body", "Say my name."), ada);

        var response = api.get("/api/me/reviews", ada);

        assertThat(response.status()).isEqualTo(200);
        JsonNode tv = response.json().get(0);
        JsonNode movie = response.json().get(1);
        assertThat(tv.get("tv_title").asString()).isEqualTo("Breaking Bad");
        assertThat(tv.get("movie_title").isNull()).isTrue();
        assertThat(tv.get("comment_text").asString()).isEqualTo("Say my name.");
        assertThat(tv.get("tv_id").asInt()).isEqualTo(1396);
        assertThat(movie.get("movie_title").asString()).isEqualTo("The Dark Knight");
        assertThat(movie.get("tv_title").isNull()).isTrue();
        assertThat(movie.get("poster_path").asString()).isEqualTo("/poster.jpg");
        assertThat(movie.get("comment_text").asString()).isEqualTo("Ledger!");
        assertThat(movie.get("body").asString()).isEqualTo("Ledger!");
        assertThat(movie.get("uid").asString()).isEqualTo("mine-ada");
        assertThat(movie.has("display_title")).isFalse();
    }
}
