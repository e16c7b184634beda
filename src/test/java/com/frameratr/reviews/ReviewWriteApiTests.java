package com.frameratr.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writing reviews through the API: one per user and title, validated bodies, and nobody edits another's. */
@IntegrationTest
class ReviewWriteApiTests {

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
        ada = DevTokens.bearer(api, "ada");
        grace = DevTokens.bearer(api, "grace");
    }

    @Test
    void aSecondReviewOfTheSameTitleReplacesTheFirst() {
        Response first = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Great."), ada);
        Response second =
                api.post("/api/reviews", Json.object("movie_id", 155, "body", "Even better.", "spoiler", true), ada);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(second.json().get("movie_id").asInt()).isEqualTo(155);
        assertThat(second.json().get("uid").asString()).isEqualTo("ada");
        assertThat(second.json().get("body").asString()).isEqualTo("Even better.");
        assertThat(second.json().get("spoiler").asBoolean()).isTrue();
        assertThat(api.get("/api/movies/155/reviews").json().size()).isEqualTo(1);
    }

    @Test
    void blankHugeOrMissingBodiesAre400AndWriteNothing() {
        Response blank = api.post("/api/reviews", Json.object("movie_id", 155, "body", "  "), ada);
        Response huge = api.post("/api/reviews", Json.object("movie_id", 155, "body", "x".repeat(10_001)), ada);
        Response missing = api.post("/api/reviews", Json.object("movie_id", 155), ada);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asString()).isEqualTo("body: must not be blank");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("detail").asString()).isEqualTo("body: size must be between 1 and 10000");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).isEqualTo("body: must not be null");
        assertThat(count("reviews")).isZero();
    }

    @Test
    void aSpoilerFlagThatIsNotABooleanIs400() {
        Response response = api.post("/api/reviews", Json.object("movie_id", 155, "body", "x", "spoiler", "yes"), ada);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:invalid-body");
        assertThat(count("reviews")).isZero();
    }

    @Test
    void nobodyCanChangeOrDeleteAnotherUsersReview() {
        long id = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Mine."), ada)
                .json()
                .get("id")
                .asLong();

        Response edit = api.put("/api/reviews/" + id, Json.object("body", "Hacked."), grace);
        Response delete = api.delete("/api/reviews/" + id, grace);

        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.json().get("type").asString()).isEqualTo("urn:frameratr:problem:not-found");
        assertThat(delete.status()).isEqualTo(404);
        assertThat(api.get("/api/movies/155/reviews").json().get(0).get("body").asString())
                .isEqualTo("Mine.");
    }

    @Test
    void theAuthorEditsAndDeletesAndASecondDeleteIs404() {
        long id = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Mine."), ada)
                .json()
                .get("id")
                .asLong();

        Response edit = api.put("/api/reviews/" + id, Json.object("body", "Edited."), ada);

        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().get("body").asString()).isEqualTo("Edited.");
        assertThat(api.delete("/api/reviews/" + id, ada).status()).isEqualTo(200);
        assertThat(api.delete("/api/reviews/" + id, ada).status()).isEqualTo(404);
        assertThat(count("reviews")).isZero();
    }

    @Test
    void aReviewWithoutATokenIs401AndWritesNothing() {
        Response response = api.post("/api/reviews", Json.object("movie_id", 155, "body", "Anonymous."));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("reviews")).isZero();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
