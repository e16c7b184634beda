package com.frameratr.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The watchlist through the API: idempotent writes, the four orders, paging, one's own only. */
@IntegrationTest
class WatchlistApiTests {

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
        fixtures.title("movie", 155, "The Dark Knight", "The Dark Knight", 90, LocalDate.of(2008, 7, 16));
        fixtures.title("movie", 27205, "Inception", "Inception", 80, LocalDate.of(2010, 7, 15));
        fixtures.title("movie", 603, "the Matrix", "The Matrix", 95, null);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
        grace = DevTokens.bearer(api, "grace");
    }

    @Test
    void addingTwiceKeepsOneEntryAndAnswersOk() {
        Response first = api.post("/api/watchlist/movies/155", "", ada);
        Response second = api.post("/api/watchlist/movies/155", "", ada);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"ok\":true}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"ok\":true}");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theDefaultOrderIsNewestAddedFirstWithCardFieldsAndAddedAt() {
        add(ada, 155, 27205, 603);

        Response movies = api.get("/api/watchlist/movies", ada);

        assertThat(movies.status()).isEqualTo(200);
        assertThat(ids(movies)).containsExactly(603, 27205, 155);
        JsonNode first = movies.json().get(0);
        assertThat(first.get("title").asString()).isEqualTo("the Matrix");
        assertThat(first.get("poster_path").asString()).isEqualTo("/poster.jpg");
        assertThat(first.get("added_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.+Z");
        assertThat(movies.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void eachSortOrdersTheWatchlist() {
        add(ada, 155, 27205, 603);

        assertThat(ids(api.get("/api/watchlist/movies?sort=added", ada))).containsExactly(603, 27205, 155);
        assertThat(ids(api.get("/api/watchlist/movies?sort=release", ada)))
                .as("newest release first, unknown dates last")
                .containsExactly(27205, 155, 603);
        assertThat(ids(api.get("/api/watchlist/movies?sort=popularity", ada))).containsExactly(603, 155, 27205);
        assertThat(ids(api.get("/api/watchlist/movies?sort=title", ada)))
                .as("A to Z ignoring case")
                .containsExactly(27205, 155, 603);
        assertThat(ids(api.get("/api/watchlist/movies?sort=title&page=2&limit=2", ada)))
                .containsExactly(603);
    }

    @Test
    void theCursorWalksTheDefaultOrderWithoutGapsOrRepeats() {
        add(ada, 155, 27205, 603);
        List<Integer> walked = new ArrayList<>();

        Response page = api.get("/api/watchlist/movies?cursor=&limit=2", ada);
        walked.addAll(ids(page));
        String next = nextCursor(page);
        page = api.get("/api/watchlist/movies?limit=2&cursor=" + next, ada);
        walked.addAll(ids(page));

        assertThat(walked).containsExactly(603, 27205, 155);
        assertThat(Links.target(page.header("Link"), "next")).isNull();
    }

    @Test
    void anUnknownSortOrACursorWithAnotherSortIs400() {
        Response badSort = api.get("/api/watchlist/movies?sort=rating", ada);
        Response cursor = api.get("/api/watchlist/movies?sort=title&cursor=", ada);

        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.contentType()).isEqualTo("application/problem+json");
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(badSort.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of added, release, popularity, title");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void tvShowsHaveTheirOwnWatchlistWithTvFields() {
        api.post("/api/watchlist/tv/1396", "", ada);
        add(ada, 155);

        Response tv = api.get("/api/watchlist/tv", ada);

        assertThat(tv.json().size()).isEqualTo(1);
        assertThat(tv.json().get(0).get("name").asString()).isEqualTo("Breaking Bad");
        assertThat(tv.json().get(0).has("first_air_date")).isTrue();
    }

    @Test
    void removingIsIdempotentAndTouchesOnlyOnesOwn() {
        add(ada, 155);
        add(grace, 155);

        Response first = api.delete("/api/watchlist/movies/155", ada);
        Response again = api.delete("/api/watchlist/movies/155", ada);

        assertThat(first.body()).isEqualTo("{\"ok\":true}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(api.get("/api/watchlist/movies", ada).json().size()).isZero();
        assertThat(ids(api.get("/api/watchlist/movies", grace))).containsExactly(155);
    }

    @Test
    void withoutATokenIs401AndBadIdsAre400() {
        Response anonymous = api.post("/api/watchlist/movies/155", "");
        Response zero = api.post("/api/watchlist/movies/0", "", ada);
        Response text = api.post("/api/watchlist/movies/abc", "", ada);
        Response kind = api.post("/api/watchlist/people/155", "", ada);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(text.status()).isEqualTo(400);
        assertThat(kind.status()).isEqualTo(404);
        assertThat(count()).isZero();
    }

    private void add(String[] user, int... movieIds) {
        for (int id : movieIds) {
            assertThat(api.post("/api/watchlist/movies/" + id, "", user).status())
                    .isEqualTo(200);
            // created_at is the transaction's time: distinct times make the order certain
            sleepAMillisecond();
        }
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Integer> ids(Response response) {
        List<Integer> ids = new ArrayList<>();
        response.json().forEach(item -> ids.add(item.get("id").asInt()));
        return ids;
    }

    private static String nextCursor(Response response) {
        String next = Links.target(response.header("Link"), "next");
        assertThat(next).isNotNull();
        var cursor = java.util.regex.Pattern.compile("[?&]cursor=([^&]+)").matcher(next);
        assertThat(cursor.find()).isTrue();
        return cursor.group(1);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM watchlist").query(Integer.class).single();
    }
}
