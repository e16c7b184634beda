package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A write about a TMDb id not yet in the catalog imports the title first, or writes nothing. */
@TmdbIntegrationTest
class UnknownTitleWritesTests {

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
        user = DevTokens.bearer(api, "importer");
    }

    @Test
    void ratingAnUnknownMovieImportsItFromTmdb() {
        Response response = api.put("/api/movies/680/rating", "{\"rating_val\": 9}", user);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var movie = api.get("/api/movies/680").json();
        assertThat(movie.get("title").asString()).isEqualTo("Pulp Fiction");
        assertThat(movie.get("genres").size()).isPositive();
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(1);
    }

    @Test
    void favoritingAnUnknownTvShowImportsIt() {
        assertThat(api.post("/api/favorites/tv/1396", "", user).status()).isEqualTo(200);

        assertThat(api.get("/api/favorites/tv", user).json().get(0).get("name").asString())
                .isEqualTo("Breaking Bad");
    }

    @Test
    void watchlistingAndLoggingUnknownTitlesImportThem() {
        assertThat(api.post("/api/watchlist/tv/1396", "", user).status()).isEqualTo(200);
        Response logged = api.post("/api/diary", "{\"movie_id\": 680, \"rating_val\": 9}", user);

        assertThat(api.get("/api/watchlist/tv", user).json().get(0).get("name").asString())
                .isEqualTo("Breaking Bad");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().get("title").get("title").asString()).isEqualTo("Pulp Fiction");
        assertThat(count("ratings")).isEqualTo(1);
    }

    @Test
    void aViewingOrWatchlistEntryOfAnIdUnknownToTmdbIs404AndWritesNothing() {
        Response watchlist = api.post("/api/watchlist/movies/999999", "", user);
        Response diary =
                api.post("/api/diary", "{\"movie_id\": 999999, \"rating_val\": 9, \"review\": \"Who?\"}", user);

        assertThat(watchlist.status()).isEqualTo(404);
        assertThat(diary.status()).isEqualTo(404);
        assertThat(diary.contentType()).isEqualTo("application/problem+json");
        assertThat(count("watchlist") + count("diary_entries") + count("ratings") + count("reviews") + count("titles"))
                .isZero();
    }

    @Test
    void aViewingWhileTmdbIsDownIs503AndClaimsNoIdempotencyKey() {
        tmdb.always("/movie/424242", Reply.status(503));
        String[] keyed = Api.with(user, "Idempotency-Key", "during-outage");

        Response down = api.post("/api/diary", "{\"movie_id\": 424242}", keyed);

        assertThat(down.status()).isEqualTo(503);
        assertThat(count("diary_entries") + count("idempotency_keys"))
                .as("a failed attempt claims no key")
                .isZero();
    }

    @Test
    void idUnknownToTmdbIs404AndWritesNothing() {
        Response response = api.post("/api/reviews", "{\"movie_id\": 999999, \"body\": \"Who?\"}", user);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("reviews") + count("titles")).isZero();
    }

    @Test
    void tmdbDownIs503AndWritesNothing() {
        tmdb.always("/movie/424242", Reply.status(503));

        Response response = api.post("/api/ratings", "{\"movie_id\": 424242, \"rating_val\": 7}", user);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(count("ratings") + count("titles")).isZero();
    }

    @Test
    void titleAlreadyInTheCatalogCostsNoTmdbCall() {
        new Fixtures(jdbc).movie(155, "The Dark Knight", 90);

        api.put("/api/movies/155/rating", "{\"rating_val\": 8}", user);

        assertThat(tmdb.calls("/movie/155")).isEmpty();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
