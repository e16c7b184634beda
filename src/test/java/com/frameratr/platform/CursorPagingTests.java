package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.platform.paging.Cursor;
import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every paged list continues by cursor exactly where a numbered page would, ties in the sort key
 * included (rows written in the same microsecond), and a cursor walk sees every item once.
 */
@IntegrationTest
class CursorPagingTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        ada = DevTokens.bearer(api, "cursor-ada");
        api.get("/api/me", ada);
        jdbc.sql("""
                        INSERT INTO titles (kind, id, title, popularity)
                        SELECT 'movie', n, 'Movie ' || n, n FROM generate_series(1, 25) AS n
                        """).update();
        jdbc.sql("""
                        INSERT INTO users (uid, display_name)
                        SELECT 'cursor-' || n, 'Reviewer ' || n FROM generate_series(1, 25) AS n
                        """).update();
        // three groups of equal timestamps: the keyset must break ties like the numbered pages do
        String at = "timestamptz '2026-11-01 12:00:00' + (n % 3) * interval '1 second'";
        // movie 1: 24 reviews by others and one of Ada's below
        jdbc.sql("INSERT INTO reviews (uid, kind, title_id, body, created_at) SELECT 'cursor-' || n, 'movie', 1,"
                        + " 'Review ' || n, " + at + " FROM generate_series(1, 24) AS n")
                .update();
        jdbc.sql("INSERT INTO reviews (uid, kind, title_id, body, created_at) SELECT 'cursor-ada', 'movie', n,"
                        + " 'Mine ' || n, " + at + " FROM generate_series(1, 25) AS n")
                .update();
        jdbc.sql("INSERT INTO ratings (uid, kind, title_id, rating_val, updated_at) SELECT 'cursor-ada', 'movie',"
                        + " n, 5, " + at + " FROM generate_series(1, 25) AS n")
                .update();
        jdbc.sql("INSERT INTO favorites (uid, kind, title_id, created_at) SELECT 'cursor-ada', 'movie', n, " + at
                        + " FROM generate_series(1, 25) AS n")
                .update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/movies/1/reviews", "/api/me/reviews", "/api/me/ratings", "/api/favorites/movies"})
    void aCursorWalkMatchesTheNumberedPages(String list) {
        List<String> numbered = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            numbered.addAll(keys(api.get(list + "?limit=10&page=" + page, ada).json()));
        }

        List<String> walked = new ArrayList<>();
        int pages = 0;
        String next = list + "?limit=10&cursor=";
        while (next != null) {
            var page = api.get(next, ada);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).isEqualTo("25");
            walked.addAll(keys(page.json()));
            next = Links.target(page.header("Link"), "next");
            pages++;
        }

        assertThat(numbered).hasSize(25).doesNotHaveDuplicates();
        assertThat(walked).isEqualTo(numbered);
        assertThat(pages).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/movies/1/reviews", "/api/me/reviews", "/api/me/ratings", "/api/favorites/movies"})
    void aForeignOrBrokenCursorIs400(String list) {
        String notOurs = Cursor.encode("x", "y", "z", "w");

        for (String cursor : List.of(notOurs, "%25%25", Cursor.encode(Long.MAX_VALUE, 1))) {
            var response = api.get(list + "?cursor=" + cursor, ada);
            assertThat(response.status()).as(cursor).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("cursor");
        }
    }

    private static List<String> keys(JsonNode array) {
        List<String> keys = new ArrayList<>();
        array.forEach(item -> keys.add(
                item.has("id")
                        ? item.get("id").asString()
                        : item.get("movie_id").asString()));
        return keys;
    }
}
