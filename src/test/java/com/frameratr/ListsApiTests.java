package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ListsApiTests {

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
        ada = DevTokens.bearer(api, "list-ada");
        grace = DevTokens.bearer(api, "list-grace");
    }

    @Test
    void myListsShowNameAndMovieCount() {
        long id = api.post("/api/lists", "{\"name\": \"Nolan\"}", ada)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists/" + id + "/movies/155", "", ada);
        api.post("/api/lists/" + id + "/movies/155", "", ada);
        api.post("/api/lists/" + id + "/movies/27205", "", ada);

        var mine = api.get("/api/lists/mine", ada).json();

        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("name").asString()).isEqualTo("Nolan");
        assertThat(mine.get(0).get("movie_count").asInt()).isEqualTo(2);
        assertThat(api.post("/api/lists", "{\"name\": \"Nolan\"}", ada)
                        .json()
                        .get("id")
                        .asLong())
                .isEqualTo(id);
    }

    @Test
    void othersListsAreInvisibleAndUntouchable() {
        long id = api.post("/api/lists", "{\"name\": \"Private\"}", ada)
                .json()
                .get("id")
                .asLong();

        assertThat(api.get("/api/lists/mine", grace).json().size()).isZero();
        assertThat(api.post("/api/lists/" + id + "/movies/155", "", grace).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/lists/" + id, grace).status()).isEqualTo(404);
        assertThat(api.delete("/api/lists/" + id, ada).status()).isEqualTo(200);
    }

    @Test
    void listNamesAreValidated() {
        assertThat(api.post("/api/lists", "{\"name\": \"  \"}", ada).status()).isEqualTo(400);
        assertThat(api.post("/api/lists", "{}", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/lists/mine").status()).isEqualTo(401);
    }
}
