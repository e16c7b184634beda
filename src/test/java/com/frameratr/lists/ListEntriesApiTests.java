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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The entries of a list: adding movies and TV shows, notes, positions 1..n and the order. */
@IntegrationTest
class ListEntriesApiTests {

    static final String MOVIE_155 = """
            {"kind": "movie", "id": 155, "tmdb_id": 155, "title": "The Dark Knight", "release_date": "2008-07-16",
             "poster_path": "/poster.jpg", "backdrop_path": null, "overview": "An overview.", "vote_average": 7.5,
             "vote_count": 1000, "popularity": 90.0, "runtime": 120, "original_language": "en",
             "original_title": "The Dark Knight\"""";

    static final String TV_1396 = """
            {"kind": "tv", "id": 1396, "tmdb_id": 1396, "name": "Breaking Bad", "first_air_date": "2008-01-20",
             "poster_path": "/poster.jpg", "backdrop_path": null, "overview": "An overview.", "vote_average": 7.5,
             "vote_count": 1000, "popularity": 300.0, "runtime": 45, "number_of_seasons": null,
             "number_of_episodes": null, "original_language": "en", "original_name": "Breaking Bad\"""";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    ListFixtures lists;
    String[] ada;
    String[] grace;
    long list;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        fixtures.movie(603, "The Matrix", 70);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        for (int i = 1; i <= 20; i++) {
            fixtures.movie(1000 + i, "Movie " + i, i);
        }
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "entries-ada");
        grace = DevTokens.bearer(api, "entries-grace");
        list = lists.create(ada, "Crime", "public");
    }

    @Test
    void anEntryOfAMovieOrATvShowCarriesItsCardAndNote() {
        Response movie = api.post(
                "/api/lists/" + list + "/entries", Json.object("movie_id", 155, "note", "  Ledger.\u00a0"), ada);
        Response tv = api.post("/api/lists/" + list + "/entries", Json.object("tv_id", 1396), ada);

        assertThat(movie.status()).as(movie.body()).isEqualTo(201);
        assertThat(tv.status()).as(tv.body()).isEqualTo(201);
        long movieEntry = movie.json().get("entry_id").asLong();
        long tvEntry = tv.json().get("entry_id").asLong();
        assertThat(without(movie.json(), "added_at"))
                .isEqualTo(json(
                        MOVIE_155 + ", \"entry_id\": " + movieEntry + ", \"position\": 1, \"note\": \"Ledger.\"}"));
        assertThat(without(tv.json(), "added_at"))
                .isEqualTo(json(TV_1396 + ", \"entry_id\": " + tvEntry + ", \"position\": 2, \"note\": null}"));
        assertThat(OffsetDateTime.parse(movie.json().get("added_at").asString()))
                .isEqualTo(jdbc.sql("SELECT added_at FROM user_list_items WHERE id = :id")
                        .param("id", movieEntry)
                        .query(OffsetDateTime.class)
                        .single());

        Response page = api.get("/api/lists/" + list + "/entries");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        assertThat(without(page.json(), "added_at"))
                .as("newest first: the list is not ranked")
                .isEqualTo(json("[" + without(tv.json(), "added_at") + ", " + without(movie.json(), "added_at") + "]"));
        assertThat(lists.counters(list)).isEqualTo(Map.of("entry_count", 2, "movie_count", 1));
    }

    @Test
    void aRankedListServesItsEntriesByPosition() {
        long first = lists.addMovie(ada, list, 155);
        long second = lists.addMovie(ada, list, 27205);
        long third = lists.addTv(ada, list, 1396);

        assertThat(lists.idsAsServed(ada, list)).containsExactly(third, second, first);
        api.patch("/api/lists/" + list, Json.object("ranked", true), ada);
        assertThat(lists.idsAsServed(ada, list)).containsExactly(first, second, third);
    }

    @Test
    void addingAtAPositionMovesTheEntriesFromThereDown() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        long c = lists.add(ada, list, Json.object("movie_id", 603, "position", 1));
        long d = lists.add(ada, list, Json.object("tv_id", 1396, "position", 3));
        long e = lists.add(ada, list, Json.object("movie_id", 1001, "position", 5));

        assertThat(lists.idsByPosition(list)).containsExactly(c, a, d, b, e);
    }

    @Test
    void aPositionPastTheEndIs400AndWritesNothing() {
        lists.addMovie(ada, list, 155);

        Response response =
                api.post("/api/lists/" + list + "/entries", Json.object("movie_id", 27205, "position", 3), ada);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"position\",\"message\":\"must be at most 2, right after the last entry\"}]");
        assertThat(lists.count("user_list_items")).isEqualTo(1);
    }

    @Test
    void removingAnEntryMovesTheOnesAfterItUp() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        long c = lists.addMovie(ada, list, 603);
        long d = lists.addTv(ada, list, 1396);

        Response removed = api.delete("/api/lists/" + list + "/entries/" + b, ada);
        Response again = api.delete("/api/lists/" + list + "/entries/" + b, ada);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).isEqualTo("{\"ok\":true}");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("detail").asString()).isEqualTo("Entry " + b + " is not in list " + list);
        assertThat(lists.idsByPosition(list)).containsExactly(a, c, d);
        assertThat(lists.counters(list)).isEqualTo(Map.of("entry_count", 3, "movie_count", 2));
    }

    @Test
    void movingAnEntryShiftsTheOnesBetween() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        long c = lists.addMovie(ada, list, 603);
        long d = lists.addTv(ada, list, 1396);

        Response up = api.patch("/api/lists/" + list + "/entries/" + d, Json.object("position", 1), ada);
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(without(up.json(), "added_at"))
                .isEqualTo(json(TV_1396 + ", \"entry_id\": " + d + ", \"position\": 1, \"note\": null}"));
        assertThat(lists.idsByPosition(list)).containsExactly(d, a, b, c);

        api.patch("/api/lists/" + list + "/entries/" + a, Json.object("position", 4), ada);
        assertThat(lists.idsByPosition(list)).containsExactly(d, b, c, a);

        api.patch("/api/lists/" + list + "/entries/" + c, Json.object("position", 2, "note", "Bullet time"), ada);
        assertThat(lists.idsByPosition(list)).containsExactly(d, c, b, a);
        assertThat(jdbc.sql("SELECT note FROM user_list_items WHERE id = :id")
                        .param("id", c)
                        .query(String.class)
                        .single())
                .isEqualTo("Bullet time");
    }

    @Test
    void aNoteIsSetKeptAndClearedAndBoundedTo1000Characters() {
        long entry = lists.addMovie(ada, list, 155);
        String path = "/api/lists/" + list + "/entries/" + entry;

        assertThat(api.patch(path, Json.object("note", "x".repeat(1000)), ada)
                        .json()
                        .get("note")
                        .asString())
                .hasSize(1000);
        Response tooLong = api.patch(path, Json.object("note", "x".repeat(1001)), ada);
        assertThat(api.patch(path, "{}", ada).json().get("note").asString()).hasSize(1000);
        assertThat(api.patch(path, Json.object("note", " "), ada)
                        .json()
                        .get("note")
                        .isNull())
                .isTrue();

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"note\",\"message\":\"size must be between 0 and 1000\"}]");
        Response longAdd = api.post(
                "/api/lists/" + list + "/entries", Json.object("movie_id", 603, "note", "x".repeat(1001)), ada);
        assertThat(longAdd.status()).isEqualTo(400);
        assertThat(longAdd.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
    }

    @Test
    void aChangeBumpsUpdatedAtAndANoOpDoesNot() throws InterruptedException {
        long a = lists.addMovie(ada, list, 155);
        lists.addMovie(ada, list, 27205);
        OffsetDateTime before = lists.updatedAt(list);

        api.patch("/api/lists/" + list + "/entries/" + a, Json.object("position", 1, "note", null), ada);
        assertThat(lists.updatedAt(list)).isEqualTo(before);

        Thread.sleep(5);
        api.patch("/api/lists/" + list + "/entries/" + a, Json.object("position", 2), ada);
        OffsetDateTime moved = lists.updatedAt(list);
        assertThat(moved).isAfter(before);

        Thread.sleep(5);
        lists.addTv(ada, list, 1396);
        assertThat(lists.updatedAt(list)).isAfter(moved);
    }

    @Test
    void thePositionOfAChangeIsBetween1AndTheLast() {
        long entry = lists.addMovie(ada, list, 155);
        lists.addMovie(ada, list, 27205);
        String path = "/api/lists/" + list + "/entries/" + entry;

        Response zero = api.patch(path, Json.object("position", 0), ada);
        Response past = api.patch(path, Json.object("position", 3), ada);
        Response text = api.patch(path, Json.object("position", "2"), ada);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"position\",\"message\":\"must be greater than or equal to 1\"}]");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"position\",\"message\":\"must be at most 2, the last entry\"}]");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").toString())
                .isEqualTo("[{\"field\":\"position\",\"message\":\"has the wrong type or format\"}]");
        assertThat(lists.idsByPosition(list)).startsWith(entry);
    }

    @Test
    void anEntryOfAnotherListIs404() {
        long other = lists.create(ada, "Other", "private");
        long foreign = lists.addMovie(ada, other, 155);

        Response change = api.patch("/api/lists/" + list + "/entries/" + foreign, Json.object("note", "x"), ada);
        Response remove = api.delete("/api/lists/" + list + "/entries/" + foreign, ada);

        assertThat(change.status()).isEqualTo(404);
        assertThat(change.json().get("detail").asString()).isEqualTo("Entry " + foreign + " is not in list " + list);
        assertThat(remove.status()).isEqualTo(404);
        assertThat(lists.idsByPosition(other)).containsExactly(foreign);
    }

    @Test
    void addingATitleTwiceIs409NamingItsEntry() {
        long entry = lists.addMovie(ada, list, 155);

        Response again = api.post(
                "/api/lists/" + list + "/entries", Json.object("movie_id", 155, "note", "Again", "position", 1), ada);

        assertThat(again.status()).isEqualTo(409);
        assertThat(without(again.json(), "request_id"))
                .isEqualTo(json(Json.object(
                        "type",
                        "urn:frameratr:problem:already-in-list",
                        "title",
                        "Conflict",
                        "status",
                        409,
                        "detail",
                        "The title is in the list already, as entry " + entry + "; change that entry instead",
                        "instance",
                        "/api/lists/" + list + "/entries",
                        "error",
                        "The title is in the list already, as entry " + entry + "; change that entry instead",
                        "entry_id",
                        entry)));
        assertThat(lists.idsByPosition(list)).containsExactly(entry);
        new Fixtures(jdbc).tvShow(155, "Show 155", 5);
        assertThat(api.post("/api/lists/" + list + "/entries", Json.object("tv_id", 155), ada)
                        .status())
                .as("the same id as a TV show is another title")
                .isEqualTo(201);
    }

    @Test
    void exactlyOneOfMovieIdAndTvIdNamesThePositiveTitle() {
        String path = "/api/lists/" + list + "/entries";
        Map<String, String> cases = Map.of(
                Json.object("movie_id", 155, "tv_id", 1396),
                "movie_id: give movie_id or tv_id, not both",
                Json.object("note", "Nothing"),
                "movie_id: is required",
                Json.object("movie_id", 0),
                "movie_id: must be a positive TMDb id",
                Json.object("tv_id", -3),
                "tv_id: must be a positive TMDb id",
                Json.object("movie_id", "155"),
                "movie_id: has the wrong type or format",
                "{\"movie_id\": 2147483648}",
                "Malformed JSON request body",
                Json.object("movie_id", 155, "position", 0),
                "position: must be greater than or equal to 1");

        cases.forEach((body, detail) -> {
            Response response = api.post(path, body, ada);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(body).isEqualTo(detail);
        });
        assertThat(lists.count("user_list_items")).isZero();
    }

    @Test
    void unknownFieldsAreIgnoredAsEverywhere() {
        Response response =
                api.post("/api/lists/" + list + "/entries", Json.object("movie_id", 155, "rank", 9, "kind", "tv"), ada);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("kind").asString()).isEqualTo("movie");
    }

    @Test
    void aNewOrderGivesEachEntryItsPosition() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        long c = lists.addMovie(ada, list, 603);
        long d = lists.addTv(ada, list, 1396);
        api.patch("/api/lists/" + list, Json.object("ranked", true), ada);

        Response response =
                api.put("/api/lists/" + list + "/order", Json.object("entry_ids", List.of(c, a, d, b)), ada);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("id").asLong()).isEqualTo(list);
        assertThat(response.json().get("entry_count").asInt()).isEqualTo(4);
        assertThat(lists.idsByPosition(list)).containsExactly(c, a, d, b);
        assertThat(lists.idsAsServed(null, list)).containsExactly(c, a, d, b);
    }

    @Test
    void aNewOrderMustNameEachEntryOnce() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        long c = lists.addMovie(ada, list, 603);
        long foreign = lists.addMovie(ada, lists.create(ada, "Other", "private"), 155);
        Map<String, String> cases = Map.of(
                Json.object("entry_ids", List.of(a, b)),
                "entry_ids: must name all 3 entries of the list; missing: " + c,
                Json.object("entry_ids", List.of(a, b, b)),
                "entry_ids: entry " + b + " appears more than once",
                Json.object("entry_ids", List.of(a, b, c, a)),
                "entry_ids: entry " + a + " appears more than once",
                Json.object("entry_ids", List.of(a, b, foreign)),
                "entry_ids: entry " + foreign + " is not in this list",
                Json.object("entry_ids", List.of()),
                "entry_ids: must name all 3 entries of the list; missing: " + a + ", " + b + ", " + c,
                "{\"entry_ids\": [" + a + ", null, " + c + "]}",
                "entry_ids[1]: must not be null",
                "{}",
                "entry_ids: must not be null",
                "{\"entry_ids\": \"" + a + "\"}",
                "entry_ids: has the wrong type or format");

        cases.forEach((body, detail) -> {
            Response response = api.put("/api/lists/" + list + "/order", body, ada);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(body).isEqualTo(detail);
        });
        assertThat(lists.idsByPosition(list)).containsExactly(a, b, c);
    }

    @Test
    void theSameOrderChangesNothing() {
        long a = lists.addMovie(ada, list, 155);
        long b = lists.addMovie(ada, list, 27205);
        OffsetDateTime before = lists.updatedAt(list);

        Response response = api.put("/api/lists/" + list + "/order", Json.object("entry_ids", List.of(a, b)), ada);

        assertThat(response.status()).isEqualTo(200);
        assertThat(lists.updatedAt(list)).isEqualTo(before);
    }

    @Test
    void concurrentWritesToOneListKeepPositionsDenseAndTheCountExact() throws Exception {
        long first = lists.addMovie(ada, list, 155);
        List<Callable<Integer>> writes = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(20);
        for (int i = 1; i <= 20; i++) {
            String body =
                    i % 2 == 0 ? Json.object("movie_id", 1000 + i) : Json.object("movie_id", 1000 + i, "position", 1);
            writes.add(() -> {
                start.await();
                return api.post("/api/lists/" + list + "/entries", body, ada).status();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var result : pool.invokeAll(writes)) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).containsOnly(201);
        List<Long> ids = lists.idsByPosition(list);
        assertThat(ids).hasSize(21).doesNotHaveDuplicates();
        assertThat(lists.counters(list)).isEqualTo(Map.of("entry_count", 21, "movie_count", 21));
        assertThat(ids.indexOf(first))
                .as("ten entries went in before the first one, ten after it")
                .isEqualTo(10);
    }

    @Test
    void concurrentMovesAndRemovalsKeepPositionsDense() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ids.add(lists.addMovie(ada, list, 1000 + i));
        }
        List<Callable<Integer>> writes = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(20);
        for (int i = 0; i < 20; i++) {
            long entry = ids.get(i);
            int target = 20 - i;
            writes.add(() -> {
                start.await();
                return entry % 3 == 0
                        ? api.delete("/api/lists/" + list + "/entries/" + entry, ada)
                                .status()
                        : api.patch(
                                        "/api/lists/" + list + "/entries/" + entry,
                                        Json.object("position", Math.min(target, 13)),
                                        ada)
                                .status();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var result : pool.invokeAll(writes)) {
                statuses.add(result.get());
            }
        }

        long removed = ids.stream().filter(id -> id % 3 == 0).count();
        assertThat(statuses).containsOnly(200);
        List<Long> left = lists.idsByPosition(list);
        assertThat(left).hasSize(20 - (int) removed);
        assertThat(left)
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().filter(id -> id % 3 != 0).toList());
        assertThat(lists.counters(list).get("entry_count")).isEqualTo(20 - (int) removed);
    }

    @Test
    void entriesArePagedByNumberAndByCursor() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(lists.addMovie(ada, list, 1000 + i));
        }
        List<Long> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);

        Response second = api.get("/api/lists/" + list + "/entries?page=2&limit=2");
        assertThat(second.header("X-Total-Count")).isEqualTo("5");
        assertThat(second.header("Link"))
                .isEqualTo("</api/lists/" + list + "/entries?page=1&limit=2>; rel=\"first\", </api/lists/" + list
                        + "/entries?page=1&limit=2>; rel=\"prev\", </api/lists/" + list
                        + "/entries?page=3&limit=2>; rel=\"next\", </api/lists/" + list
                        + "/entries?page=3&limit=2>; rel=\"last\"");
        assertThat(entryIds(second.json())).containsExactlyElementsOf(newestFirst.subList(2, 4));

        assertThat(walkByCursor()).containsExactlyElementsOf(newestFirst);
        api.patch("/api/lists/" + list, Json.object("ranked", true), ada);
        assertThat(walkByCursor()).containsExactlyElementsOf(ids);
    }

    @Test
    void aCursorOfTheOtherOrderIs400() {
        lists.addMovie(ada, list, 1001);
        lists.addMovie(ada, list, 1002);
        lists.addMovie(ada, list, 1003);
        String next = nextCursor(api.get("/api/lists/" + list + "/entries?cursor=&limit=2"));
        api.patch("/api/lists/" + list, Json.object("ranked", true), ada);

        Response response = api.get("/api/lists/" + list + "/entries?limit=2&cursor=" + next);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void theFirstVersionsPathsKeepWorkingBesideEntries() {
        lists.addTv(ada, list, 1396);
        assertThat(api.post("/api/lists/" + list + "/movies/155", "", ada).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(api.post("/api/lists/" + list + "/movies/155", "", ada).body())
                .isEqualTo("{\"ok\":true}");
        long inception = lists.addMovie(ada, list, 27205);

        var mine = api.get("/api/lists/mine", ada).json();
        assertThat(mine.toString()).isEqualTo("[{\"id\":" + list + ",\"name\":\"Crime\",\"movie_count\":2}]");
        assertThat(api.delete("/api/lists/" + list + "/movies/155", ada).body()).isEqualTo("{\"ok\":true}");
        assertThat(api.delete("/api/lists/" + list + "/movies/155", ada).body()).isEqualTo("{\"ok\":true}");
        assertThat(lists.idsByPosition(list)).hasSize(2).endsWith(inception);
        assertThat(lists.counters(list)).isEqualTo(Map.of("entry_count", 2, "movie_count", 1));
    }

    private List<Long> walkByCursor() {
        List<Long> seen = new ArrayList<>();
        String path = "/api/lists/" + list + "/entries?cursor=&limit=2";
        for (int pages = 0; path != null && pages < 10; pages++) {
            Response response = api.get(path, ada);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            seen.addAll(entryIds(response.json()));
            String next = nextCursor(response);
            path = next == null ? null : "/api/lists/" + list + "/entries?limit=2&cursor=" + next;
        }
        return seen;
    }

    private static String nextCursor(Response response) {
        String link = response.header("Link");
        var matcher = java.util.regex.Pattern.compile("cursor=([^&>]+)[^>]*>; rel=\"next\"")
                .matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<Long> entryIds(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.forEach(entry -> ids.add(entry.get("entry_id").asLong()));
        return ids;
    }
}
