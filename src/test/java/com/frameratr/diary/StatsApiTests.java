package com.frameratr.diary;

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
import tools.jackson.databind.JsonNode;

/** /api/me/stats: every number computed from a known diary, for a year and for the whole life. */
@IntegrationTest
class StatsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90); // runtime 120
        fixtures.movie(27205, "Inception", 80);
        fixtures.tvShow(1396, "Breaking Bad", 300); // runtime 45
        fixtures.genre(18, "Drama");
        fixtures.genre(28, "Action");
        fixtures.titleGenre("movie", 155, 18);
        fixtures.titleGenre("movie", 155, 28);
        fixtures.titleGenre("movie", 27205, 28);
        fixtures.titleGenre("tv", 1396, 18);
        ada = DevTokens.bearer(api, "ada");
        // 2026-01-05 is a Monday, 2026-03-01 a Sunday
        log("{\"movie_id\": 155, \"watched_on\": \"2026-01-05\", \"rating_val\": 8}");
        log("{\"movie_id\": 155, \"watched_on\": \"2026-03-01\", \"rating_val\": 9}");
        log("{\"movie_id\": 27205, \"watched_on\": \"2026-03-01\", \"rating_val\": 6.5}");
        log("{\"tv_id\": 1396, \"watched_on\": \"2026-03-02\"}");
        log("{\"movie_id\": 27205, \"watched_on\": \"2025-12-31\"}");
        api.post("/api/ratings", "{\"movie_id\": 603, \"rating_val\": 3}", ada); // unknown title: no rating
    }

    @Test
    void aYearsStatsCountThatYearsViewings() {
        Response response = api.get("/api/me/stats?year=2026", ada);

        assertThat(response.status()).isEqualTo(200);
        JsonNode stats = response.json();
        assertThat(stats.get("year").asInt()).isEqualTo(2026);
        assertThat(stats.get("films_watched").asInt()).isEqualTo(2);
        assertThat(stats.get("shows_watched").asInt()).isEqualTo(1);
        assertThat(stats.get("viewings").asInt()).isEqualTo(4);
        assertThat(stats.get("rewatches").asInt())
                .as("27205 of 2025 was logged after its 2026 viewing, which was no rewatch then")
                .isEqualTo(1);
        assertThat(stats.get("hours_watched").decimalValue()).isEqualByComparingTo("6.8"); // 405 minutes
        assertThat(stats.get("by_month").toString()).isEqualTo("[1,0,3,0,0,0,0,0,0,0,0,0]");
        assertThat(stats.get("by_weekday").toString()).isEqualTo("[2,0,0,0,0,0,2]");
        assertThat(stats.get("top_genres").toString())
                .isEqualTo("[{\"genre\":\"Action\",\"count\":3},{\"genre\":\"Drama\",\"count\":3}]");
        JsonNode histogram = stats.get("rating_histogram");
        assertThat(histogram.size()).isEqualTo(20);
        assertThat(histogram.get(15).asInt()).as("8.0").isEqualTo(1);
        assertThat(histogram.get(17).asInt()).as("9.0").isEqualTo(1);
        assertThat(histogram.get(12).asInt()).as("6.5").isEqualTo(1);
        assertThat(stats.get("average_rating").decimalValue()).isEqualByComparingTo("7.8");
        JsonNode most = stats.get("most_watched");
        assertThat(most.get(0).get("id").asInt()).isEqualTo(155);
        assertThat(most.get(0).get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(most.get(0).get("watch_count").asInt()).isEqualTo(2);
        assertThat(most.get(0).get("last_watched_on").asString()).isEqualTo("2026-03-01");
        assertThat(most.get(1).get("name").asString())
                .as("newer last viewing first")
                .isEqualTo("Breaking Bad");
        assertThat(most.size()).isEqualTo(3);
    }

    @Test
    void withoutAYearTheWholeDiaryAndTheCurrentRatingsCount() {
        JsonNode stats = api.get("/api/me/stats", ada).json();

        assertThat(stats.get("year").isNull()).isTrue();
        assertThat(stats.get("viewings").asInt()).isEqualTo(5);
        assertThat(stats.get("films_watched").asInt()).isEqualTo(2);
        assertThat(stats.get("by_month").get(11).asInt()).isEqualTo(1);
        // current ratings: 155 → 9 (the later viewing's), 27205 → 6.5
        assertThat(stats.get("rating_histogram").get(17).asInt()).isEqualTo(1);
        assertThat(stats.get("rating_histogram").get(15).asInt()).isZero();
        assertThat(stats.get("average_rating").decimalValue()).isEqualByComparingTo("7.8");
    }

    @Test
    void anEmptyYearIsAllZeros() {
        JsonNode stats = api.get("/api/me/stats?year=1999", ada).json();

        assertThat(stats.get("viewings").asInt()).isZero();
        assertThat(stats.get("hours_watched").decimalValue()).isEqualByComparingTo("0");
        assertThat(stats.get("by_month").toString()).isEqualTo("[0,0,0,0,0,0,0,0,0,0,0,0]");
        assertThat(stats.get("average_rating").isNull()).isTrue();
        assertThat(stats.get("most_watched").size()).isZero();
    }

    @Test
    void theYearIsCheckedAndAnotherUserSeesOnlyTheirOwn() {
        assertThat(api.get("/api/me/stats?year=1869", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/stats?year=abc", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/stats").status()).isEqualTo(401);
        assertThat(api.get("/api/me/stats", DevTokens.bearer(api, "grace"))
                        .json()
                        .get("viewings")
                        .asInt())
                .isZero();
    }

    private void log(String body) {
        assertThat(api.post("/api/diary", body, ada).status()).isEqualTo(201);
    }
}
