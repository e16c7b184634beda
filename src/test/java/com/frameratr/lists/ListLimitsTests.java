package com.frameratr.lists;

import static com.frameratr.lists.ListFixtures.json;
import static com.frameratr.lists.ListFixtures.without;
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

/** The lists' limits as /api/me/limits states them, and a full list (5,000 entries) refusing one more. */
@IntegrationTest
class ListLimitsTests {

    static final String FULL = "Limit entries_per_list reached: the entries a list may have (at most 5000)";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    ListFixtures lists;
    String[] ada;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "limits-ada");
    }

    @Test
    void theLimitsOfListsAreStatedWithTheOthers() {
        var stored = api.get("/api/me/limits", ada).json().get("stored");

        assertThat(stored.get("lists_per_user").asInt()).isEqualTo(100);
        assertThat(stored.get("entries_per_list").asInt()).isEqualTo(5000);
    }

    @Test
    void aFullListTakesNoOtherTitleByEitherPath() {
        long list = lists.create(ada, "Full", "public");
        fill(list, 5000);
        String entries = "/api/lists/" + list + "/entries";

        Response tv = api.post(entries, Json.object("tv_id", 1396), ada);
        Response first = api.post("/api/lists/" + list + "/movies/155", "", ada);
        Response again = api.post("/api/lists/" + list + "/movies/200001", "", ada);
        Response twice = api.post(entries, Json.object("movie_id", 200001), ada);

        assertThat(tv.status()).isEqualTo(409);
        assertThat(without(tv.json(), "request_id"))
                .isEqualTo(json(Json.object(
                        "type",
                        "urn:frameratr:problem:limit-exceeded",
                        "title",
                        "Conflict",
                        "status",
                        409,
                        "detail",
                        FULL,
                        "instance",
                        entries,
                        "error",
                        FULL,
                        "limit",
                        "entries_per_list",
                        "max",
                        5000)));
        assertThat(first.status()).isEqualTo(409);
        assertThat(first.json().get("limit").asString()).isEqualTo("entries_per_list");
        assertThat(again.body()).as("a title in the list already: idempotent").isEqualTo("{\"ok\":true}");
        assertThat(twice.json().get("type").asString()).isEqualTo("urn:frameratr:problem:already-in-list");
        assertThat(lists.counters(list).get("entry_count")).isEqualTo(5000);

        long last = jdbc.sql("SELECT id FROM user_list_items WHERE list_id = :list AND position = 5000")
                .param("list", list)
                .query(Long.class)
                .single();
        api.delete(entries + "/" + last, ada);
        assertThat(api.post(entries, Json.object("tv_id", 1396, "position", 1), ada)
                        .status())
                .isEqualTo(201);
        assertThat(lists.idsByPosition(list)).hasSize(5000);
    }

    /** {@code count} movies 200001.. as the list's entries, straight into the database. */
    private void fill(long list, int count) {
        jdbc.sql("""
                        INSERT INTO titles (kind, id, title)
                        SELECT 'movie', 200000 + g, 'Movie ' || g
                        FROM generate_series(1, :count) AS g
                        """).param("count", count).update();
        jdbc.sql("""
                        INSERT INTO user_list_items (list_id, kind, title_id, position)
                        SELECT :list, 'movie', 200000 + g, g
                        FROM generate_series(1, :count) AS g
                        """).param("list", list).param("count", count).update();
    }
}
