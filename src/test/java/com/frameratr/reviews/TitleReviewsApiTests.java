package com.frameratr.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TitleReviewsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        fixtures.user("ada", "Ada");
        fixtures.user("grace", "Grace");
    }

    @Test
    void listsReviewsNewestFirstWithAuthorAndRating() {
        fixtures.review("ada", "movie", 155, "Older review");
        fixtures.review("grace", "movie", 155, "Newer review");
        fixtures.rating("grace", "movie", 155, "9.5");

        var response = api.get("/api/movies/155/reviews");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Total-Count")).isEqualTo("2");
        JsonNode newest = response.json().get(0);
        assertThat(newest.get("body").asString()).isEqualTo("Newer review");
        assertThat(newest.get("display_name").asString()).isEqualTo("Grace");
        assertThat(newest.get("handle").asString()).isEqualTo("grace");
        assertThat(newest.has("uid")).as("the Firebase uid stays private").isFalse();
        assertThat(newest.get("rating").decimalValue()).isEqualByComparingTo("9.5");
        assertThat(newest.has("created_at")).isTrue();
        assertThat(newest.get("spoiler").asBoolean()).isFalse();
        assertThat(response.json().get(1).get("rating").isNull()).isTrue();
    }

    @Test
    void pagesReviews() {
        fixtures.review("ada", "movie", 155, "One");
        fixtures.review("grace", "movie", 155, "Two");

        var response = api.get("/api/movies/155/reviews?limit=1&page=2");

        assertThat(response.json().size()).isEqualTo(1);
        assertThat(response.json().get(0).get("body").asString()).isEqualTo("One");
        assertThat(response.header("Link")).contains("rel=\"prev\"");
    }

    @Test
    void totalIsExactOnEveryPageWhetherCountedOrKnownFromAShortPage() {
        fixtures.user("linus", "Linus");
        fixtures.review("ada", "movie", 155, "One");
        fixtures.review("grace", "movie", 155, "Two");
        fixtures.review("linus", "movie", 155, "Three");

        // full pages are counted, a short page ends the list, a page past the end is counted
        assertThat(api.get("/api/movies/155/reviews?limit=3").header("X-Total-Count"))
                .isEqualTo("3");
        assertThat(api.get("/api/movies/155/reviews?limit=2").header("X-Total-Count"))
                .isEqualTo("3");
        assertThat(api.get("/api/movies/155/reviews?limit=2&page=2").header("X-Total-Count"))
                .isEqualTo("3");
        var pastTheEnd = api.get("/api/movies/155/reviews?limit=2&page=5");
        assertThat(pastTheEnd.status()).isEqualTo(200);
        assertThat(pastTheEnd.json().size()).isZero();
        assertThat(pastTheEnd.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void anUnknownTitlePastTheFirstPageIsStillA404() {
        assertThat(api.get("/api/movies/424242/reviews?page=3").status()).isEqualTo(404);
    }

    @Test
    void tvReviewsAreSeparateFromMovieReviews() {
        fixtures.review("ada", "tv", 1396, "Say my name");

        assertThat(api.get("/api/tv/1396/reviews").json().size()).isEqualTo(1);
        assertThat(api.get("/api/movies/155/reviews").json().size()).isZero();
    }

    @Test
    void reviewsOfAnUnknownTitleAreA404() {
        var response = api.get("/api/movies/424242/reviews");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void limitAbove100IsRejected() {
        assertThat(api.get("/api/movies/155/reviews?limit=1000").status()).isEqualTo(400);
    }
}
