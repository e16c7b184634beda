package com.frameratr.titles;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The title page's community counts (exact under concurrency) and the signed-in reader's own state. */
@IntegrationTest
class TitlePageCommunityTests {

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
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
    }

    @Test
    void withoutATokenThePageHasCountsAndNoViewer() {
        api.post("/api/diary", "{\"movie_id\": 155}", ada);
        api.post("/api/diary", "{\"movie_id\": 155, \"liked\": true}", ada);

        JsonNode page = api.get("/api/movies/155").json();

        assertThat(page.get("watch_count").asInt()).isEqualTo(2);
        assertThat(page.get("fan_count").asInt()).isEqualTo(1);
        assertThat(page.has("viewer")).isFalse();
    }

    @Test
    void listCountIsThePublicListsHoldingTheTitle() {
        long open = api.post("/api/lists", "{\"name\": \"Open\", \"visibility\": \"public\"}", ada)
                .json()
                .get("id")
                .asLong();
        long hidden = api.post("/api/lists", "{\"name\": \"Hidden\"}", ada)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists/" + open + "/entries", "{\"movie_id\": 155}", ada);
        api.post("/api/lists/" + hidden + "/entries", "{\"movie_id\": 155}", ada);

        assertThat(api.get("/api/movies/155").json().get("list_count").asInt()).isEqualTo(1);
        api.patch("/api/lists/" + hidden, "{\"visibility\": \"public\"}", ada);
        assertThat(api.get("/api/movies/155").json().get("list_count").asInt()).isEqualTo(2);
        api.delete("/api/lists/" + open, ada);
        assertThat(api.get("/api/movies/155").json().get("list_count").asInt()).isEqualTo(1);
    }

    @Test
    void anInvalidTokenOnThePublicPageIsAnAnonymousReader() {
        Response page = api.get("/api/movies/155", "Authorization", "Bearer not.a.token");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().has("viewer")).isFalse();
    }

    @Test
    void aReaderCannotBeForgedFromQueryParameters() {
        api.post("/api/watchlist/movies/155", "", ada);

        Response forged = api.get("/api/movies/155?uid=ada&email=ada@example.com");

        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.json().has("viewer")).isFalse();
    }

    @Test
    void withATokenThePageShowsTheReadersOwnState() {
        JsonNode before = api.get("/api/movies/155", ada).json().get("viewer");
        api.post("/api/watchlist/movies/155", "", ada);
        JsonNode listed = api.get("/api/movies/155", ada).json().get("viewer");
        api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2026-01-02\"}", ada);
        api.post(
                "/api/diary",
                "{\"movie_id\": 155, \"watched_on\": \"2026-03-04\", \"rating_val\": 9, \"review\": \"Yes\","
                        + " \"liked\": true}",
                ada);

        JsonNode viewer = api.get("/api/movies/155", ada).json().get("viewer");

        assertThat(before.toString())
                .isEqualTo("{\"rating_val\":null,\"in_watchlist\":false,\"favorited\":false,\"watch_count\":0,"
                        + "\"last_watched_on\":null,\"review_id\":null}");
        assertThat(listed.get("in_watchlist").asBoolean()).isTrue();
        long reviewId = jdbc.sql("SELECT id FROM reviews").query(Long.class).single();
        assertThat(viewer.toString())
                .isEqualTo("{\"rating_val\":9.0,\"in_watchlist\":false,\"favorited\":true,\"watch_count\":2,"
                        + "\"last_watched_on\":\"2026-03-04\",\"review_id\":" + reviewId + "}");
        assertThat(api.get("/api/tv/1396", ada)
                        .json()
                        .get("viewer")
                        .get("watch_count")
                        .asInt())
                .isZero();
    }

    @Test
    void countsStayExactUnderConcurrentViewingsFavoritesAndDeletes() throws Exception {
        int users = 20;
        List<String[]> tokens = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            tokens.add(DevTokens.bearer(api, "fan" + i));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
            List<Future<?>> done = new ArrayList<>();
            for (String[] token : tokens) {
                done.add(pool.submit(() -> {
                    api.post("/api/diary", "{\"movie_id\": 155, \"liked\": true}", token);
                    long id = api.post("/api/diary", "{\"movie_id\": 155}", token)
                            .json()
                            .get("id")
                            .asLong();
                    api.post("/api/diary", "{\"movie_id\": 155}", token);
                    api.delete("/api/diary/" + id, token);
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        api.delete("/api/favorites/movies/155", tokens.get(0));
        api.delete("/api/me", tokens.get(1));

        JsonNode page = api.get("/api/movies/155").json();

        assertThat(page.get("watch_count").asInt()).isEqualTo(2 * users - 2);
        assertThat(page.get("fan_count").asInt()).isEqualTo(users - 2);
        assertThat(page.get("watch_count").asInt())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM diary_entries WHERE title_id = 155")
                        .query(Integer.class)
                        .single());
    }
}
