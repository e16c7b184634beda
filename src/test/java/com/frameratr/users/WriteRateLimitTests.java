package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(
        properties = {
            "frameratr.limits.write-burst=3",
            "frameratr.limits.writes-per-minute=6",
            "frameratr.limits.likes-per-minute=2",
            "frameratr.limits.comments-per-minute=2"
        })
class WriteRateLimitTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesOverTheBurstAre429WithRetryAfterPerUser() {
        new Fixtures(jdbc).movie(603, "The Matrix", 50);
        String[] flooder = DevTokens.bearer(api, "flooder");
        String[] neighbour = DevTokens.bearer(api, "neighbour");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/favorites/movies/603", "", flooder).status())
                    .isEqualTo(200);
        }

        Response limited = api.post("/api/favorites/movies/603", "", flooder);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 10);
        assertThat(api.get("/api/favorites/movies", flooder).status()).isEqualTo(200);
        assertThat(api.post("/api/favorites/movies/603", "", neighbour).status())
                .isEqualTo(200);
    }

    @Test
    void likesAndCommentsOverTheirPerMinuteLimitAre429WithRetryAfterAndStatedInLimits() {
        new Fixtures(jdbc).movie(604, "The Matrix Reloaded", 40);
        String[] author = DevTokens.bearer(api, "limited-author");
        String[] liker = DevTokens.bearer(api, "limited-liker");
        String[] commenter = DevTokens.bearer(api, "limited-commenter");
        long review = api.post("/api/reviews", "{\"movie_id\": 604, \"body\": \"Fine.\"}", author)
                .json()
                .get("id")
                .asLong();
        assertThat(api.put("/api/reviews/" + review + "/like", "", liker).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/reviews/" + review + "/like", liker).status())
                .isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/reviews/" + review + "/comments", "{\"body\": \"Hm\"}", commenter)
                            .status())
                    .isEqualTo(201);
        }

        Response like = api.put("/api/reviews/" + review + "/like", "", liker);
        Response comment = api.post("/api/reviews/" + review + "/comments", "{\"body\": \"Hm\"}", commenter);

        for (Response limited : java.util.List.of(like, comment)) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.contentType()).isEqualTo("application/problem+json");
            assertThat(limited.json().get("type").asString()).isEqualTo("urn:frameratr:problem:rate-limited");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        }
        assertThat(api.put("/api/reviews/" + review + "/like", "", DevTokens.bearer(api, "limited-other"))
                        .status())
                .as("each user has their own limit")
                .isEqualTo(200);
        var limits = api.get("/api/me/limits", liker).json();
        assertThat(limits.get("likes_per_minute").asInt()).isEqualTo(2);
        assertThat(limits.get("comments_per_minute").asInt()).isEqualTo(2);
    }
}
