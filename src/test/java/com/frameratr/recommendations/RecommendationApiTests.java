package com.frameratr.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TmdbIntegrationTest
class RecommendationApiTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] user;

    @BeforeEach
    void emptyCatalog() {
        new Fixtures(jdbc).deleteAll();
        tmdb.reset();
        user = DevTokens.bearer(api, "recommended");
    }

    @Test
    void withoutFavoritesSaysHowToGetRecommendations() {
        Response response = api.get("/api/recommendations", user);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("based_on_favorites").asInt()).isZero();
        assertThat(response.json().get("recommendations").size()).isZero();
        assertThat(response.json().get("message").asString()).contains("favorite");
    }

    @Test
    void mergesRecommendationsOfFavoritesWithoutFavoritedOrRatedMovies() {
        // TMDb recommends 155 and 27205 for both 550 and 680
        api.post("/api/favorites/movies/550", "", user);
        api.post("/api/favorites/movies/680", "", user);
        api.put("/api/movies/27205/rating", "{\"rating_val\": 6}", user);

        Response response = api.get("/api/recommendations", user);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("based_on_favorites").asInt()).isEqualTo(2);
        List<Integer> ids = StreamSupport.stream(
                        response.json().get("recommendations").spliterator(), false)
                .map(movie -> movie.get("id").asInt())
                .toList();
        assertThat(ids).containsExactly(155);
        assertThat(response.json().get("recommendations").get(0).get("title").asString())
                .isEqualTo("The Dark Knight");
    }

    @Test
    void needsAToken() {
        assertThat(api.get("/api/recommendations").status()).isEqualTo(401);
    }
}
