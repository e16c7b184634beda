package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.interop.Uploads;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DELETE /api/me removes every row the user owns: the test finds the user-owned tables in the
 * schema itself (every column named {@code uid} or ending in {@code _uid}), so a new feature's table
 * cannot be forgotten.
 */
@IntegrationTest
class AccountDeletionTests {

    // tables with a uid that are not the user's data
    private static final List<String> NOT_USER_OWNED = List.of("event_publication");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.tvShow(1396, "Breaking Bad", 300);
    }

    @Test
    void everyTableWithAUidIsEmptiedOfTheDeletedUserOnlyAndEachHadRows() {
        String[] ada = DevTokens.bearer(api, "ada");
        String[] grace = DevTokens.bearer(api, "grace");
        // the others of each user's follows and blocks, both ways (the follows also make the feed's
        // activities and notifications of each user, as actor and as the other user or recipient)
        String[] carol = DevTokens.bearer(api, "carol");
        String[] dan = DevTokens.bearer(api, "dan");
        String carolHandle = api.get("/api/me", carol).json().get("handle").asText();
        String danHandle = api.get("/api/me", dan).json().get("handle").asText();
        for (String[] user : List.of(ada, grace)) {
            writeEverything(user);
            String handle = api.get("/api/me", user).json().get("handle").asText();
            assertThat(api.put("/api/users/" + carolHandle + "/follow", "", user)
                            .status())
                    .isEqualTo(200);
            api.put("/api/users/" + handle + "/follow", "", carol);
            assertThat(api.put("/api/users/" + danHandle + "/block", "", user).status())
                    .isEqualTo(200);
            api.put("/api/users/" + handle + "/block", "", dan);
        }
        for (String uid : List.of("ada", "grace")) {
            // over 1,000 followers make each a pulled actor of the feed (V25) for their next activity
            jdbc.sql("INSERT INTO users (uid) SELECT :uid || '-fan' || g FROM generate_series(1, 1001) g")
                    .param("uid", uid)
                    .update();
            jdbc.sql("""
                    INSERT INTO follows (follower_uid, followee_uid, status)
                    SELECT :uid || '-fan' || g, :uid, 'following' FROM generate_series(1, 1001) g
                    """).param("uid", uid).update();
        }
        for (String[] user : List.of(ada, grace)) {
            assertThat(api.post("/api/diary", "{\"movie_id\": 155}", user).status())
                    .isEqualTo(201);
        }
        long gracesReview = reactToEachOther(ada, grace);
        List<String[]> columns = userOwnedColumns();
        for (String[] column : columns) {
            assertThat(rowsOf(column, "ada"))
                    .as(String.join(".", column) + " has ada's rows before")
                    .isPositive();
        }

        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);

        for (String[] column : columns) {
            String name = String.join(".", column);
            assertThat(rowsOf(column, "ada")).as(name + " after the deletion").isZero();
            assertThat(rowsOf(column, "grace")).as(name + " keeps grace's rows").isPositive();
        }
        assertThat(jdbc.sql("SELECT followers FROM follow_counts WHERE uid = 'carol'")
                        .query(Integer.class)
                        .single())
                .as("carol's follower count loses ada only")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT following FROM follow_counts WHERE uid = 'carol'")
                        .query(Integer.class)
                        .single())
                .as("carol's following count loses ada only")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT like_count || '/' || comment_count FROM review_reactions WHERE review_id = :id")
                        .param("id", gracesReview)
                        .query(String.class)
                        .single())
                .as("grace's review loses ada's like, ada's comment and the reply under it, keeps grace's own")
                .isEqualTo("1/1");
        assertThat(jdbc.sql("SELECT like_count FROM user_lists WHERE uid = 'grace' AND name = 'Shared'")
                        .query(Integer.class)
                        .single())
                .as("grace's list loses ada's like, keeps grace's own")
                .isEqualTo(1);
        assertThat(columns.stream().map(column -> column[0]).distinct())
                .contains(
                        "users",
                        "ratings",
                        "reviews",
                        "favorites",
                        "watchlist",
                        "diary_entries",
                        "diary_entry_tags",
                        "idempotency_keys",
                        "user_lists",
                        "user_last_activities",
                        "follows",
                        "follow_counts",
                        "blocks",
                        "review_likes",
                        "list_likes",
                        "comments",
                        "reports",
                        "activities",
                        "feed_pulled_actors",
                        "notifications",
                        "notification_counts");
        assertThat(jdbc.sql("SELECT count(*) FROM user_list_items i JOIN user_lists l ON l.id = i.list_id")
                        .query(Integer.class)
                        .single())
                .as("list entries go with their lists")
                .isEqualTo(1);
    }

    private void writeEverything(String[] user) {
        api.get("/api/me", user);
        // an import (a list of Letterboxd's export, ready at once: nothing to match)
        assertThat(Uploads.upload(
                                api,
                                user,
                                "letterboxd",
                                "lists/empty.csv",
                                "Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Empty,,u,\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(202);
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8}", user);
        api.post("/api/favorites/tv/1396", "", user);
        api.post("/api/recommendations/tv/1396/hide", "", user);
        api.post("/api/watchlist/tv/1396", "", user);
        api.post(
                "/api/diary",
                "{\"movie_id\": 155, \"review\": \"Yes\", \"tags\": [\"cinema\"], \"keep_in_watchlist\": true}",
                keyed(user, "first"));
        long list = api.post("/api/lists", "{\"name\": \"Winter\"}", user)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists/" + list + "/movies/155", "", user);
    }

    /**
     * Each user likes both reviews and both lists, comments under the other's review and
     * reports both reviews; grace also comments under her own review and replies to ada's comment there.
     *
     * @return grace's review
     */
    private long reactToEachOther(String[] ada, String[] grace) {
        long[] reviews = new long[2];
        long[] lists = new long[2];
        List<String[]> users = List.of(ada, grace);
        for (int i = 0; i < 2; i++) {
            reviews[i] = api.post("/api/reviews", "{\"movie_id\": 155, \"body\": \"Mine\"}", users.get(i))
                    .json()
                    .get("id")
                    .asLong();
            lists[i] = api.post("/api/lists", "{\"name\": \"Shared\", \"visibility\": \"public\"}", users.get(i))
                    .json()
                    .get("id")
                    .asLong();
        }
        for (int i = 0; i < 2; i++) {
            String[] user = users.get(i);
            long other = reviews[1 - i];
            assertThat(api.put("/api/reviews/" + reviews[i] + "/like", "", user).status())
                    .isEqualTo(200);
            assertThat(api.put("/api/reviews/" + other + "/like", "", user).status())
                    .isEqualTo(200);
            assertThat(api.put("/api/lists/" + lists[1 - i] + "/like", "", user).status())
                    .isEqualTo(200);
            assertThat(api.put("/api/lists/" + lists[i] + "/like", "", user).status())
                    .isEqualTo(200);
            assertThat(api.post("/api/reviews/" + other + "/comments", "{\"body\": \"Yours\"}", user)
                            .status())
                    .isEqualTo(201);
            for (long reported : new long[] {reviews[i], other}) {
                assertThat(api.post("/api/reports", "{\"review_id\": " + reported + ", \"reason\": \"Spam\"}", user)
                                .status())
                        .isEqualTo(201);
            }
        }
        long adasComment = api.get("/api/reviews/" + reviews[1] + "/comments")
                .json()
                .get(0)
                .get("id")
                .asLong();
        api.post("/api/reviews/" + reviews[1] + "/comments", "{\"body\": \"Mine too\"}", grace);
        api.post(
                "/api/reviews/" + reviews[1] + "/comments",
                "{\"body\": \"Reply\", \"parent_id\": " + adasComment + "}",
                grace);
        return reviews[1];
    }

    /** Each {table, column} that holds a user's uid. */
    private List<String[]> userOwnedColumns() {
        return jdbc.sql("""
                        SELECT table_name, column_name
                        FROM information_schema.columns c
                        JOIN information_schema.tables t USING (table_schema, table_name)
                        WHERE table_schema = 'public'
                          AND t.table_type = 'BASE TABLE'
                          AND (column_name = 'uid' OR column_name LIKE '%\\_uid')
                        ORDER BY table_name, column_name
                        """).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .filter(column -> !NOT_USER_OWNED.contains(column[0]))
                .toList();
    }

    private int rowsOf(String[] column, String uid) {
        return jdbc.sql("SELECT count(*) FROM " + column[0] + " WHERE " + column[1] + " = :uid")
                .param("uid", uid)
                .query(Integer.class)
                .single();
    }

    private static String[] keyed(String[] user, String key) {
        return Api.with(user, "Idempotency-Key", key);
    }
}
