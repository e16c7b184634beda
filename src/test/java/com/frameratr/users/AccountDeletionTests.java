package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

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
 * schema itself (every table with a {@code uid} column), so a new feature's table cannot be forgotten.
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
        for (String[] user : List.of(ada, grace)) {
            writeEverything(user);
        }
        List<String> tables = userOwnedTables();
        for (String table : tables) {
            assertThat(rowsOf(table, "ada"))
                    .as(table + " has ada's rows before")
                    .isPositive();
        }

        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);

        for (String table : tables) {
            assertThat(rowsOf(table, "ada")).as(table + " after the deletion").isZero();
            assertThat(rowsOf(table, "grace")).as(table + " keeps grace's rows").isPositive();
        }
        assertThat(tables)
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
                        "user_last_activities");
        assertThat(jdbc.sql("SELECT count(*) FROM user_list_items i JOIN user_lists l ON l.id = i.list_id")
                        .query(Integer.class)
                        .single())
                .as("list entries go with their lists")
                .isEqualTo(1);
    }

    private void writeEverything(String[] user) {
        api.get("/api/me", user);
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8}", user);
        api.post("/api/favorites/tv/1396", "", user);
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

    private List<String> userOwnedTables() {
        return jdbc.sql("""
                        SELECT table_name
                        FROM information_schema.columns
                        WHERE table_schema = 'public'
                          AND column_name = 'uid'
                        ORDER BY table_name
                        """).query(String.class).list().stream()
                .filter(table -> !NOT_USER_OWNED.contains(table))
                .toList();
    }

    private int rowsOf(String table, String uid) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE uid = :uid")
                .param("uid", uid)
                .query(Integer.class)
                .single();
    }

    private static String[] keyed(String[] user, String key) {
        return Api.with(user, "Idempotency-Key", key);
    }
}
