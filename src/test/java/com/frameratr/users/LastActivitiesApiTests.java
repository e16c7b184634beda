package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** /api/me/last-activities: each collection's time moves with its own writes, removals included. */
@IntegrationTest
class LastActivitiesApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        ada = DevTokens.bearer(api, "ada");
    }

    @Test
    void aNewUserHasNoActivity() {
        assertThat(api.get("/api/me/last-activities", ada).body())
                .isEqualTo("{\"ratings_at\":null,\"reviews_at\":null,\"favorites_at\":null,\"watchlist_at\":null,"
                        + "\"diary_at\":null,\"lists_at\":null}");
    }

    @Test
    void eachWriteMovesOnlyItsCollectionAndRemovalsCount() {
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8}", ada);
        JsonNode rated = activities();
        api.post("/api/watchlist/movies/155", "", ada);
        JsonNode listed = activities();
        api.delete("/api/movies/155/rating", ada);
        JsonNode unrated = activities();

        assertThat(rated.get("ratings_at").isNull()).isFalse();
        assertThat(rated.get("watchlist_at").isNull()).isTrue();
        assertThat(listed.get("ratings_at")).isEqualTo(rated.get("ratings_at"));
        assertThat(listed.get("watchlist_at").isNull()).isFalse();
        assertThat(time(unrated, "ratings_at")).isAfter(time(rated, "ratings_at"));
        assertThat(unrated.get("watchlist_at")).isEqualTo(listed.get("watchlist_at"));
    }

    @Test
    void aViewingMovesTheDiaryAndWhatItTouched() {
        api.post("/api/watchlist/movies/155", "", ada);
        JsonNode before = activities();

        api.post("/api/diary", "{\"movie_id\": 155, \"rating_val\": 9, \"review\": \"Yes\", \"liked\": true}", ada);
        JsonNode after = activities();

        for (String field : new String[] {"diary_at", "ratings_at", "reviews_at", "favorites_at"}) {
            assertThat(after.get(field).isNull()).as(field).isFalse();
        }
        assertThat(time(after, "watchlist_at")).as("left the watchlist").isAfter(time(before, "watchlist_at"));
        assertThat(after.get("lists_at").isNull()).isTrue();
    }

    @Test
    void listChangesMoveListsAt() {
        long id = api.post("/api/lists", "{\"name\": \"Winter\"}", ada)
                .json()
                .get("id")
                .asLong();
        JsonNode created = activities();
        api.post("/api/lists/" + id + "/movies/155", "", ada);
        JsonNode added = activities();

        assertThat(created.get("lists_at").isNull()).isFalse();
        assertThat(time(added, "lists_at")).isAfter(time(created, "lists_at"));
    }

    @Test
    void othersLikesAndCommentsDoNotMoveTheAuthorsReviewsOrLists() {
        long review = api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Mine\"}", ada)
                .json()
                .get("id")
                .asLong();
        long list = api.post("/api/lists", "{\"name\": \"Winter\", \"visibility\": \"public\"}", ada)
                .json()
                .get("id")
                .asLong();
        JsonNode before = activities();
        String[] bob = DevTokens.bearer(api, "bob");

        assertThat(api.put("/api/reviews/" + review + "/like", "", bob).status())
                .isEqualTo(200);
        assertThat(api.post("/api/reviews/" + review + "/comments", "{\"body\": \"Agreed\"}", bob)
                        .status())
                .isEqualTo(201);
        assertThat(api.put("/api/lists/" + list + "/like", "", bob).status()).isEqualTo(200);
        assertThat(api.post("/api/lists/" + list + "/comments", "{\"body\": \"Nice\"}", bob)
                        .status())
                .isEqualTo(201);

        assertThat(activities()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT like_count + comment_count FROM review_reactions WHERE review_id = :id")
                        .param("id", review)
                        .query(Integer.class)
                        .single())
                .as("the counters did move")
                .isEqualTo(2);
    }

    @Test
    void withoutATokenIs401() {
        assertThat(api.get("/api/me/last-activities").status()).isEqualTo(401);
    }

    private JsonNode activities() {
        sleep();
        return api.get("/api/me/last-activities", ada).json();
    }

    private static OffsetDateTime time(JsonNode activities, String field) {
        return OffsetDateTime.parse(activities.get(field).asString());
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
