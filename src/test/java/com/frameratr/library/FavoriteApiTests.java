package com.frameratr.library;

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

/** Favorites through the API: idempotent adds and removes, newest first, one's own only. */
@IntegrationTest
class FavoriteApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;
    String[] grace;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
        grace = DevTokens.bearer(api, "grace");
    }

    @Test
    void addingTwiceKeepsOneFavorite() {
        Response first = api.post("/api/favorites/movies/155", "", ada);
        Response second = api.post("/api/favorites/movies/155", "", ada);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"ok\":true}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(count("favorites")).isEqualTo(1);
    }

    @Test
    void favoritesAreListedNewestFirstByKindAndMineOnly() {
        api.post("/api/favorites/movies/155", "", ada);
        api.post("/api/favorites/movies/27205", "", ada);
        api.post("/api/favorites/tv/1396", "", ada);

        Response movies = api.get("/api/favorites/movies", ada);

        assertThat(movies.json().size()).isEqualTo(2);
        assertThat(movies.json().get(0).get("id").asInt()).isEqualTo(27205);
        assertThat(movies.json().get(0).get("title").asString()).isEqualTo("Inception");
        assertThat(movies.json().get(0).has("favorited_at")).isTrue();
        assertThat(movies.json().get(1).get("id").asInt()).isEqualTo(155);
        assertThat(movies.header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/favorites/tv", ada).json().get(0).get("name").asString())
                .isEqualTo("Breaking Bad");
        assertThat(api.get("/api/favorites/movies", grace).json().size()).isZero();
    }

    @Test
    void removingIsIdempotentAndOnlyRemovesOnesOwn() {
        api.post("/api/favorites/movies/155", "", ada);
        api.post("/api/favorites/movies/155", "", grace);

        assertThat(api.delete("/api/favorites/movies/155", ada).status()).isEqualTo(200);
        assertThat(api.delete("/api/favorites/movies/155", ada).status()).isEqualTo(200);

        assertThat(api.get("/api/favorites/movies", ada).json().size()).isZero();
        assertThat(api.get("/api/favorites/movies", grace).json().size()).isEqualTo(1);
    }

    @Test
    void aFavoriteWithoutATokenIs401AndWritesNothing() {
        Response response = api.post("/api/favorites/movies/155", "");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("favorites")).isZero();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
