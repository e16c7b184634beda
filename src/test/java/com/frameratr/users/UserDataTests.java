package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's own data through the API: profile, ratings, reviews, favorites, and what others cannot touch. */
@IntegrationTest
class UserDataTests {

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
    void profileIsCreatedFromTheTokenAndEditable() {
        assertThat(api.get("/api/me", ada).json().get("display_name").asString())
                .isEqualTo("ada");

        Response patched = api.patch("/api/me", "{\"display_name\": \"Ada L.\", \"bio\": \"Noir.\"}", ada);
        Response again = api.get("/api/me", ada);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(again.json().get("display_name").asString()).isEqualTo("Ada L.");
        assertThat(again.json().get("bio").asString()).isEqualTo("Noir.");
    }

    @Test
    void profileChangesAreValidated() {
        assertThat(api.patch("/api/me", "{\"display_name\": \"   \"}", ada).status())
                .isEqualTo(400);
        assertThat(api.patch("/api/me", "{\"display_name\": \"" + "x".repeat(101) + "\"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.patch("/api/me", "{\"photo_url\": \"javascript:alert(1)\"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.patch("/api/me", "{\"bio\": 5}", ada).status()).isEqualTo(400);
        assertThat(api.post("/api/ratings", "{\"movie_id\": \"155\", \"rating_val\": 5}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/ratings", "{\"movie_id\": 155.5, \"rating_val\": 5}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"x\", \"spoiler\": \"yes\"}", ada)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void ratingUpsertsAndKeepsStatisticsExact() {
        assertThat(api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8.5}", ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 10}", ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.put("/api/movies/155/rating", "{\"rating_val\": 7}", grace)
                        .status())
                .isEqualTo(200);

        var movie = api.get("/api/movies/155").json();

        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(2);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(movie.get("rating_histogram").get("10.0").asInt()).isEqualTo(1);
        assertThat(movie.get("rating_histogram").get("8.5").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10.5", "7.3", "-1", "\"eight\"", "null", "true", "1e400"})
    void invalidRatingValuesAre400AndWriteNothing(String value) {
        Response response = api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": " + value + "}", ada);

        assertThat(response.status()).as(value).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("ratings")).isZero();
    }

    @Test
    void ratingNeedsExactlyOneTitle() {
        assertThat(api.post("/api/ratings", "{\"rating_val\": 5}", ada).status())
                .isEqualTo(400);
        assertThat(api.post("/api/ratings", "{\"movie_id\": 155, \"tv_id\": 1396, \"rating_val\": 5}", ada)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void tvRatingsAreSeparate() {
        api.put("/api/tv/1396/rating", "{\"rating_val\": 9.5}", ada);

        assertThat(api.get("/api/tv/1396").json().get("user_rating_count").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isZero();
        assertThat(api.get("/api/me/ratings", ada).json().get(0).get("tv_id").asInt())
                .isEqualTo(1396);
    }

    @Test
    void deletingARatingIsIdempotentAndOnlyTouchesOnesOwn() {
        api.put("/api/movies/155/rating", "{\"rating_val\": 6}", ada);
        api.put("/api/movies/155/rating", "{\"rating_val\": 8}", grace);

        assertThat(api.delete("/api/movies/155/rating", ada).status()).isEqualTo(200);
        assertThat(api.delete("/api/movies/155/rating", ada).status()).isEqualTo(200);

        var movie = api.get("/api/movies/155").json();
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(1);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("8.0");
    }

    @Test
    void concurrentRatingsFromManyUsersKeepStatisticsExact() throws Exception {
        List<String[]> users = IntStream.range(0, 40)
                .mapToObj(i -> DevTokens.bearer(api, "crowd-" + i))
                .toList();
        try (var pool = Executors.newFixedThreadPool(16)) {
            var futures = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> {
                        api.put("/api/movies/155/rating", "{\"rating_val\": 10}", users.get(i));
                        return api.put("/api/movies/155/rating", "{\"rating_val\": " + (1 + i % 9) + "}", users.get(i))
                                .status();
                    }))
                    .toList();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(200);
            }
        }

        var stats = jdbc.sql("SELECT rating_count, rating_sum FROM rating_stats WHERE title_id = 155")
                .query()
                .singleRow();
        var raw = jdbc.sql("SELECT count(*) AS n, sum(rating_val) AS s FROM ratings WHERE title_id = 155")
                .query()
                .singleRow();
        assertThat(stats.get("rating_count")).isEqualTo(40);
        assertThat(((Number) raw.get("n")).intValue()).isEqualTo(40);
        assertThat(new java.math.BigDecimal(stats.get("rating_sum").toString()))
                .isEqualByComparingTo(new java.math.BigDecimal(raw.get("s").toString()));
    }

    @Test
    void reviewIsOnePerUserAndTitle() {
        Response first = api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Great.\"}", ada);
        Response second =
                api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Even better.\", \"spoiler\": true}", ada);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(second.json().get("movie_id").asInt()).isEqualTo(155);
        assertThat(second.json().get("uid").asString()).isEqualTo("ada");
        assertThat(second.json().get("spoiler").asBoolean()).isTrue();
        assertThat(api.get("/api/movies/155/reviews").json().size()).isEqualTo(1);
    }

    @Test
    void reviewBodiesAreValidated() {
        assertThat(api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"  \"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"" + "x".repeat(10_001) + "\"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/reviews", "{\"movie_id\": 155}", ada).status())
                .isEqualTo(400);
        assertThat(count("reviews")).isZero();
    }

    @Test
    void nobodyCanChangeOrDeleteAnotherUsersReview() {
        long id = api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Mine.\"}", ada)
                .json()
                .get("id")
                .asLong();

        Response edit = api.put("/api/reviews/" + id, "{\"body\": \"Hacked.\"}", grace);
        Response delete = api.delete("/api/reviews/" + id, grace);

        assertThat(edit.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(api.get("/api/movies/155/reviews").json().get(0).get("body").asString())
                .isEqualTo("Mine.");
        assertThat(api.put("/api/reviews/" + id, "{\"body\": \"Edited.\"}", ada).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/reviews/" + id, ada).status()).isEqualTo(200);
        assertThat(api.delete("/api/reviews/" + id, ada).status()).isEqualTo(404);
    }

    @Test
    void favoritesAreIdempotentAndListedNewestFirst() {
        assertThat(api.post("/api/favorites/movies/155", "", ada)
                        .json()
                        .get("ok")
                        .asBoolean())
                .isTrue();
        api.post("/api/favorites/movies/155", "", ada);
        api.post("/api/favorites/movies/27205", "", ada);
        api.post("/api/favorites/tv/1396", "", ada);

        Response movies = api.get("/api/favorites/movies", ada);

        assertThat(movies.json().size()).isEqualTo(2);
        assertThat(movies.json().get(0).get("id").asInt()).isEqualTo(27205);
        assertThat(movies.json().get(0).get("title").asString()).isEqualTo("Inception");
        assertThat(movies.json().get(0).has("favorited_at")).isTrue();
        assertThat(movies.header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/favorites/tv", ada).json().get(0).get("name").asString())
                .isEqualTo("Breaking Bad");
        assertThat(api.get("/api/favorites/movies", grace).json().size()).isZero();

        api.delete("/api/favorites/movies/155", ada);
        assertThat(api.delete("/api/favorites/movies/155", ada).status()).isEqualTo(200);
        assertThat(api.get("/api/favorites/movies", ada).json().size()).isEqualTo(1);
    }

    @Test
    void writesAboutUnknownTitlesWriteNothing() {
        Response response = api.put("/api/movies/999999/rating", "{\"rating_val\": 5}", ada);

        assertThat(response.status()).isIn(404, 503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("ratings")).isZero();
    }

    @Test
    void deletingTheAccountRemovesItsDataAndCorrectsStatistics() {
        api.put("/api/movies/155/rating", "{\"rating_val\": 2}", ada);
        api.put("/api/movies/155/rating", "{\"rating_val\": 9}", grace);
        api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Meh.\"}", ada);
        api.post("/api/favorites/movies/155", "", ada);

        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);

        var movie = api.get("/api/movies/155").json();
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(1);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("9.0");
        assertThat(api.get("/api/movies/155/reviews").json().size()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE uid = 'ada'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
    }

    @Test
    void aUserWithoutARowWhoWritesGetsOneWithEveryKindOfWrite() {
        // the writes go straight to the table and create the user's row only when the foreign key
        // says it is missing (ReferencedRows): a deleted account that writes again is recreated
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.put("/api/movies/155/rating", "{\"rating_val\": 7}", ada).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Again.\"}", ada)
                        .status())
                .isBetween(200, 201);
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.post("/api/favorites/movies/155", "", ada).status()).isBetween(200, 204);

        assertThat(count("favorites")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE uid = 'ada'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isZero();
    }

    @Test
    void myListsArePagedAndPrivate() {
        api.put("/api/movies/155/rating", "{\"rating_val\": 2}", ada);
        api.put("/api/movies/27205/rating", "{\"rating_val\": 3}", ada);
        api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Hm.\"}", grace);

        Response ratings = api.get("/api/me/ratings?limit=1", ada);

        assertThat(ratings.json().size()).isEqualTo(1);
        assertThat(ratings.header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/me/reviews", ada).json().size()).isZero();
        assertThat(api.get("/api/me/reviews", grace).json().size()).isEqualTo(1);
    }

    @Test
    void writesWithoutATokenAre401AndWriteNothing() {
        assertThat(api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 5}")
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/favorites/movies/155", "").status()).isEqualTo(401);
        assertThat(count("ratings") + count("favorites")).isZero();
    }

    @Test
    void nonJsonBodyIs415() {
        Response response = api.send(api.request("/api/ratings", ada)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("movie_id=155"))
                .build());

        assertThat(response.status()).isEqualTo(415);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
