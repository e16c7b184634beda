package com.frameratr.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What one anonymous request may cost the database: numbered pages at most 10,000 items deep
 * (deeper by cursor), searches of at least 2 characters, reads cancelled after their timeout.
 */
@IntegrationTest
@TestPropertySource(properties = "frameratr.read-statement-timeout=1s")
class CatalogPagingBoundsTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        // 10,050 movies, popularity falling with the id, some with equal popularity (ties by id)
        jdbc.sql("""
                        INSERT INTO titles (kind, id, title, popularity)
                        SELECT 'movie', n, 'Movie ' || n, (20000 - n) / 2
                        FROM generate_series(1, 10050) AS n
                        """).update();
    }

    @Test
    void aPageBeyondTenThousandItemsIs400NamingThePage() {
        var deepest = api.get("/api/movies?page=100&limit=100");
        var tooDeep = api.get("/api/movies?page=101&limit=100");
        var tooDeepSmall = api.get("/api/movies?page=501&limit=20");

        assertThat(deepest.status()).isEqualTo(200);
        for (var response : List.of(tooDeep, tooDeepSmall)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("page");
            assertThat(response.json().get("detail").asString()).contains("cursor");
        }
    }

    @Test
    void theDeepestNumberedPageLinksOnByCursor() {
        var deepest = api.get("/api/movies?page=100&limit=100");
        String next = Links.target(deepest.header("Link"), "next");

        assertThat(next).contains("cursor=").doesNotContain("page=");
        assertThat(Links.target(deepest.header("Link"), "last")).isNull();
        var after = api.get(next);
        assertThat(after.status()).isEqualTo(200);
        assertThat(ids(after.json())).hasSize(50).first().isEqualTo(10_001);
        assertThat(ids(after.json())).last().isEqualTo(10_050);
        assertThat(Links.target(after.header("Link"), "next")).isNull();
        assertThat(after.header("X-Total-Count")).isEqualTo("10050");
    }

    @Test
    void followingNextLinksWalksEveryTitleOnceInOrder() {
        List<Integer> walked = new ArrayList<>();
        String next = "/api/movies?q=movie%201&limit=100";
        int requests = 0;
        while (next != null) {
            var page = api.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            walked.addAll(ids(page.json()));
            next = Links.target(page.header("Link"), "next");
            requests++;
        }

        List<Integer> expected = jdbc.sql("""
                        SELECT id FROM titles WHERE kind = 'movie' AND title LIKE '%Movie 1%'
                        ORDER BY popularity DESC, id
                        """).query(Integer.class).list();
        assertThat(walked).isEqualTo(expected);
        assertThat(requests).isEqualTo((expected.size() + 99) / 100);
    }

    @Test
    void aCursorContinuesExactlyAfterTheItemItNames() {
        var first = api.get("/api/movies?limit=7");
        var numberedSecond = api.get("/api/movies?page=2&limit=7");

        var cursorSecond = api.get("/api/movies?limit=7&cursor=" + cursorAfter(first));

        assertThat(ids(cursorSecond.json())).isEqualTo(ids(numberedSecond.json()));
        assertThat(Links.target(cursorSecond.header("Link"), "next")).contains("cursor=");
        assertThat(Links.target(cursorSecond.header("Link"), "first")).isEqualTo("/api/movies?page=1&limit=7");
    }

    @Test
    void aMalformedCursorIs400() {
        List<String> cursors = new ArrayList<>(List.of("nope", "%25%25", "a.b"));
        for (String raw : List.of("1", "1|2|3", "x|2", "1|99999999999999999999", "NaN|1", "Infinity|1", "1|2 ")) {
            cursors.add(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
        }
        for (String cursor : cursors) {
            var response = api.get("/api/movies?cursor=" + cursor);

            assertThat(response.status()).as(cursor).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("cursor");
        }
    }

    @Test
    void everyInvalidPagingParameterIsNamedInTheOrderOfTheQuery() {
        var response = api.get("/api/movies?page=abc&limit=0&cursor=" + "y".repeat(201));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("page: has the wrong type or format; limit: must be greater than or equal to 1;"
                        + " cursor: size must be between 0 and 200");
        assertThat(response.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"page\",\"message\":\"has the wrong type or format\"},"
                        + "{\"field\":\"limit\",\"message\":\"must be greater than or equal to 1\"},"
                        + "{\"field\":\"cursor\",\"message\":\"size must be between 0 and 200\"}]");
    }

    @Test
    void numbersAreReadAsTheDataBinderReadThem() {
        // the first version's clients send plain integers; an empty value is absent, spaces are trimmed
        assertThat(api.get("/api/movies?limit=&page=").header("X-Total-Count")).isEqualTo("10050");
        assertThat(api.get("/api/movies?limit=%203%20").json().size()).isEqualTo(3);
        assertThat(api.get("/api/movies?limit=99999999999").json().get("detail").asString())
                .isEqualTo("limit: has the wrong type or format");
        assertThat(api.get("/api/movies?limit=101").json().get("detail").asString())
                .isEqualTo("limit: must be less than or equal to 100");
    }

    @Test
    void pageAndCursorTogetherIs400() {
        var first = api.get("/api/movies?limit=5");
        String cursor = cursorAfter(first);

        var response = api.get("/api/movies?page=2&cursor=" + cursor);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aOneCharacterSearchIs400AndTwoCharactersAreServed() {
        var one = api.get("/api/movies?q=a");
        var oneAfterTrimming = api.get("/api/tv?q=%20b%20");
        var two = api.get("/api/movies?q=ab");

        assertThat(one.status()).isEqualTo(400);
        assertThat(one.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(oneAfterTrimming.status()).isEqualTo(400);
        assertThat(two.status()).isEqualTo(200);
    }

    @Test
    void aReadThatRunsIntoItsTimeoutIs503AndFreesTheConnection() throws Exception {
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE titles IN ACCESS EXCLUSIVE MODE");
            }
            long started = System.nanoTime();
            var blocked = CompletableFuture.supplyAsync(() -> api.get("/api/movies?q=movie"))
                    .get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            locker.rollback();

            assertThat(blocked.status()).as(blocked.body()).isEqualTo(503);
            assertThat(blocked.json().get("type").asString()).isEqualTo("urn:frameratr:problem:query-timeout");
            assertThat(blocked.header("Retry-After")).isEqualTo("5");
            assertThat(millis).as("cancelled near the 1 s timeout").isLessThan(5_000);
        }
        assertThat(api.get("/api/movies?limit=1").status()).isEqualTo(200);
    }

    private static String cursorAfter(Api.Response page) {
        JsonNode last = page.json().get(page.json().size() - 1);
        return com.frameratr.platform.paging.Cursor.encode(
                last.get("popularity").asDouble(), last.get("id").asInt());
    }

    private static List<Integer> ids(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asInt()));
        return ids;
    }
}
