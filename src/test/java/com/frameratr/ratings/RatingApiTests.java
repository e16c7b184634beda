package com.frameratr.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's ratings through the API: values, exact statistics, idempotency, ownership, one's own list. */
@IntegrationTest
class RatingApiTests {

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
    void ratingUpsertsAndKeepsStatisticsExact() {
        assertThat(api.post("/api/ratings", Json.object("movie_id", 155, "rating_val", 8.5), ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/ratings", Json.object("movie_id", 155, "rating_val", 10), ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.put("/api/movies/155/rating", Json.object("rating_val", 7), grace)
                        .status())
                .isEqualTo(200);

        var movie = api.get("/api/movies/155").json();

        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(2);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(movie.get("rating_histogram").get("10.0").asInt()).isEqualTo(1);
        assertThat(movie.get("rating_histogram").get("7.0").asInt()).isEqualTo(1);
        assertThat(movie.get("rating_histogram").get("8.5").asInt()).isZero();
    }

    /** Raw JSON on purpose: the values are what a client might send, typed wrongly or out of range. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "10.5", "7.3", "-1", "\"eight\"", "null", "true", "1e400"})
    void invalidRatingValuesAre400AndWriteNothing(String value) {
        Response response = api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": " + value + "}", ada);

        assertThat(response.status()).as(value).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("ratings")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"155\"", "155.5", "[155]", "{}"})
    void aTitleIdThatIsNotAnIntegerIs400(String id) {
        Response response = api.post("/api/ratings", "{\"movie_id\": " + id + ", \"rating_val\": 5}", ada);

        assertThat(response.status()).as(id).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("ratings")).isZero();
    }

    @Test
    void ratingNeedsExactlyOnePositiveTitle() {
        var none = api.post("/api/ratings", Json.object("rating_val", 5), ada);
        var both = api.post("/api/ratings", Json.object("movie_id", 155, "tv_id", 1396, "rating_val", 5), ada);
        var zero = api.post("/api/ratings", Json.object("tv_id", 0, "rating_val", 5), ada);

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asString()).isEqualTo("movie_id: is required");
        assertThat(both.json().get("detail").asString()).isEqualTo("movie_id: give movie_id or tv_id, not both");
        assertThat(zero.json().get("detail").asString()).isEqualTo("tv_id: must be a positive TMDb id");
        assertThat(count("ratings")).isZero();
    }

    @Test
    void tvRatingsAreSeparate() {
        api.put("/api/tv/1396/rating", Json.object("rating_val", 9.5), ada);

        assertThat(api.get("/api/tv/1396").json().get("user_rating_count").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isZero();
        assertThat(api.get("/api/me/ratings", ada).json().get(0).get("tv_id").asInt())
                .isEqualTo(1396);
    }

    @Test
    void deletingARatingIsIdempotentAndOnlyTouchesOnesOwn() {
        api.put("/api/movies/155/rating", Json.object("rating_val", 6), ada);
        api.put("/api/movies/155/rating", Json.object("rating_val", 8), grace);

        assertThat(api.delete("/api/movies/155/rating", ada).status()).isEqualTo(200);
        assertThat(api.delete("/api/movies/155/rating", ada).status()).isEqualTo(200);

        var movie = api.get("/api/movies/155").json();
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(1);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("8.0");
    }

    @Test
    void concurrentRatingsFromManyUsersKeepStatisticsAndTheHistogramExact() throws Exception {
        List<String[]> users = IntStream.range(0, 40)
                .mapToObj(i -> DevTokens.bearer(api, "crowd-" + i))
                .toList();
        try (var pool = Executors.newFixedThreadPool(16)) {
            var futures = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> {
                        api.put("/api/movies/155/rating", Json.object("rating_val", 10), users.get(i));
                        return api.put("/api/movies/155/rating", Json.object("rating_val", 1 + i % 9), users.get(i))
                                .status();
                    }))
                    .toList();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(200);
            }
        }

        var stats = jdbc.sql("SELECT rating_count, rating_sum, histogram FROM rating_stats WHERE title_id = 155")
                .query((rs, row) -> new Object[] {
                    rs.getInt(1), rs.getBigDecimal(2), rs.getArray(3).getArray()
                })
                .single();
        var raw = jdbc.sql("SELECT count(*), sum(rating_val) FROM ratings WHERE title_id = 155")
                .query((rs, row) -> new Object[] {rs.getInt(1), rs.getBigDecimal(2)})
                .single();
        List<Integer> recounted = jdbc.sql("""
                        SELECT count(r.rating_val)
                        FROM generate_series(1, 20) AS b
                        LEFT JOIN ratings r ON r.title_id = 155 AND r.rating_val * 2 = b
                        GROUP BY b
                        ORDER BY b
                        """).query(Integer.class).list();
        assertThat(stats[0]).isEqualTo(40).isEqualTo(raw[0]);
        assertThat((BigDecimal) stats[1]).isEqualByComparingTo((BigDecimal) raw[1]);
        assertThat(List.of((Integer[]) stats[2])).isEqualTo(recounted);
        assertThat(recounted.get(19)).as("nobody kept the first value, 10").isZero();
    }

    @Test
    void aWriteAboutAnUnknownTitleWithoutTmdbIs503AndWritesNothing() {
        // the write meets the missing title, the import finds TMDb not configured here
        Response response = api.put("/api/movies/999999/rating", Json.object("rating_val", 5), ada);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:tmdb-not-configured");
        assertThat(count("ratings") + count("titles WHERE id = 999999")).isZero();
    }

    @Test
    void myRatingsArePagedNewestFirstAndMineOnly() {
        api.put("/api/movies/155/rating", Json.object("rating_val", 2), ada);
        api.put("/api/movies/27205/rating", Json.object("rating_val", 3), ada);
        api.put("/api/movies/155/rating", Json.object("rating_val", 9), grace);

        Response page = api.get("/api/me/ratings?limit=1", ada);

        assertThat(page.json().size()).isEqualTo(1);
        assertThat(page.json().get(0).get("movie_id").asInt()).isEqualTo(27205);
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/me/ratings", grace).json().size()).isEqualTo(1);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
