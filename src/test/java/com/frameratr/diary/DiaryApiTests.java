package com.frameratr.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Links;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** The diary through the API: logging with its side effects, retries, the page, changes, ownership. */
@IntegrationTest
class DiaryApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    String[] ada;
    String[] grace;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
        grace = DevTokens.bearer(api, "grace");
    }

    @Test
    void loggingAViewingAnswers201WithTheEntryAndItsTitleCard() {
        Response logged = api.post("/api/diary", """
                {"movie_id": 155, "watched_on": "2026-11-30", "rating_val": 9, "review": "Ledger!",
                 "liked": true, "tags": ["  Cinema ", "IMAX", "cinema"]}""", ada);

        assertThat(logged.status()).isEqualTo(201);
        JsonNode entry = logged.json();
        assertThat(entry.get("id").asLong()).isPositive();
        assertThat(entry.get("movie_id").asInt()).isEqualTo(155);
        assertThat(entry.get("tv_id").isNull()).isTrue();
        assertThat(entry.get("title").get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(entry.get("watched_on").asString()).isEqualTo("2026-11-30");
        assertThat(entry.get("rewatch").asBoolean()).isFalse();
        assertThat(entry.get("rating_val").decimalValue()).isEqualByComparingTo("9.0");
        assertThat(entry.get("liked").asBoolean()).isTrue();
        assertThat(entry.get("review_id").asLong()).isEqualTo(reviewIdOf("ada", 155));
        assertThat(entry.get("tags").toString()).isEqualTo("[\"cinema\",\"imax\"]");
        assertThat(entry.get("created_at").asString()).isNotBlank();
        assertThat(entry.get("updated_at").asString()).isNotBlank();
        assertThat(logged.header("Idempotency-Replayed")).isEqualTo("false");
    }

    @Test
    void aViewingSetsTheCurrentRatingWritesTheReviewFavoritesAndLeavesTheWatchlist() {
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 4}", ada);
        api.post("/api/watchlist/movies/155", "", ada);

        api.post(
                "/api/diary", "{\"movie_id\": 155, \"rating_val\": 8.5, \"review\": \"Again.\", \"liked\": true}", ada);

        assertThat(jdbc.sql("SELECT rating_val FROM ratings WHERE uid = 'ada' AND title_id = 155")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("8.5");
        assertThat(jdbc.sql("SELECT rating_count || ':' || rating_sum FROM rating_stats WHERE title_id = 155")
                        .query(String.class)
                        .single())
                .isEqualTo("1:8.5");
        assertThat(jdbc.sql("SELECT body FROM reviews WHERE uid = 'ada'")
                        .query(String.class)
                        .single())
                .isEqualTo("Again.");
        assertThat(count("favorites")).isEqualTo(1);
        assertThat(count("watchlist")).isZero();
    }

    @Test
    void keepInWatchlistKeepsTheTitleThere() {
        api.post("/api/watchlist/movies/155", "", ada);

        api.post("/api/diary", "{\"movie_id\": 155, \"keep_in_watchlist\": true}", ada);

        assertThat(count("watchlist")).isEqualTo(1);
        assertThat(count("favorites")).isZero();
        assertThat(count("ratings")).isZero();
    }

    @Test
    void watchedOnDefaultsToTodayAndRewatchToWhetherAnEarlierEntryExists() {
        Response first = api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2020-01-01\"}", ada);
        Response second = api.post("/api/diary", "{\"movie_id\": 155}", ada);
        Response older = api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2019-05-05\"}", ada);
        Response forced = api.post("/api/diary", "{\"movie_id\": 27205, \"rewatch\": true}", ada);

        assertThat(first.json().get("rewatch").asBoolean()).isFalse();
        assertThat(second.json().get("watched_on").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(second.json().get("rewatch").asBoolean()).isTrue();
        assertThat(older.json().get("rewatch").asBoolean())
                .as("the earliest viewing is no rewatch")
                .isFalse();
        assertThat(forced.json().get("rewatch").asBoolean()).isTrue();
    }

    @Test
    void everyFieldIsCheckedAndARejectedViewingWritesNothing() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String dayAfter = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        String tooManyTags = "["
                + String.join(
                        ",",
                        java.util.Collections.nCopies(21, "\"a\"").stream()
                                .map(tag -> "\"t" + Math.random() + "\"")
                                .toList())
                + "]";

        assertField("{\"watched_on\": \"2026-01-01\"}", "movie_id", "is required");
        assertField("{\"movie_id\": 155, \"tv_id\": 1396}", "movie_id", "give movie_id or tv_id, not both");
        assertField(
                "{\"movie_id\": 155, \"watched_on\": \"" + dayAfter + "\"}",
                "watched_on",
                "must not be after tomorrow (UTC)");
        assertField(
                "{\"movie_id\": 155, \"watched_on\": \"1869-12-31\"}", "watched_on", "must not be before 1870-01-01");
        assertField("{\"movie_id\": 155, \"rating_val\": 11}", "rating_val", "must be from 0.5 to 10 in steps of 0.5");
        assertField("{\"movie_id\": 155, \"rating_val\": 7.3}", "rating_val", "must be from 0.5 to 10 in steps of 0.5");
        assertField("{\"movie_id\": 155, \"tags\": " + tooManyTags + "}", "tags", "at most 20 tags");
        assertField("{\"movie_id\": 155, \"tags\": [\"   \"]}", "tags", "each tag must have 1 to 50 characters");
        assertField(
                "{\"movie_id\": 155, \"tags\": [\"" + "x".repeat(51) + "\"]}",
                "tags",
                "each tag must have 1 to 50 characters");
        assertThat(api.post("/api/diary", "{\"movie_id\": 155, \"review\": \"\"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"yesterday\"}", ada)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/diary", "{\"movie_id\": \"155\"}", ada).status())
                .isEqualTo(400);
        assertThat(count("diary_entries")).isZero();
        assertThat(api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"" + tomorrow + "\"}", ada)
                        .status())
                .as("tomorrow is allowed: it is already tomorrow east of UTC")
                .isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswerAndLogsNothing() {
        String body = "{\"movie_id\": 155, \"watched_on\": \"2026-11-30\", \"rating_val\": 7}";

        Response first = api.post("/api/diary", body, keyed(ada, "retry-1"));
        Response retry = api.post("/api/diary", body, keyed(ada, "retry-1"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(count("diary_entries")).isEqualTo(1);
    }

    @Test
    void aDifferentBodyWithAUsedKeyIs409AndAnotherUsersSameKeyIsTheirs() {
        api.post("/api/diary", "{\"movie_id\": 155}", keyed(ada, "k"));

        Response reused = api.post("/api/diary", "{\"movie_id\": 27205}", keyed(ada, "k"));
        Response grace1 = api.post("/api/diary", "{\"movie_id\": 27205}", keyed(grace, "k"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:frameratr:problem:idempotency-key-reused");
        assertThat(grace1.status()).isEqualTo(201);
        assertThat(count("diary_entries")).isEqualTo(2);
    }

    @Test
    void aKeyOlderThan24HoursIsNewAgainAndThePurgeDeletesOnlyExpiredKeys() {
        api.post("/api/diary", "{\"movie_id\": 155}", keyed(ada, "old"));
        api.post("/api/diary", "{\"movie_id\": 155}", keyed(ada, "fresh"));
        jdbc.sql("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old'")
                .update();

        Response reused = api.post("/api/diary", "{\"movie_id\": 27205}", keyed(ada, "old"));
        jdbc.sql("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old'")
                .update();
        keys.purge();

        assertThat(reused.status()).as("an expired key claims anew").isEqualTo(201);
        assertThat(reused.header("Idempotency-Replayed")).isEqualTo("false");
        assertThat(reused.json().get("movie_id").asInt()).isEqualTo(27205);
        assertThat(count("diary_entries")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT key FROM idempotency_keys")
                        .query(String.class)
                        .list())
                .containsExactly("fresh");
    }

    @Test
    void anIdempotencyKeyOver255CharactersIs400() {
        Response response = api.post("/api/diary", "{\"movie_id\": 155}", keyed(ada, "k".repeat(256)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("diary_entries")).isZero();
    }

    @Test
    void concurrentRetriesWithOneKeyLogOneViewing() throws Exception {
        String body = "{\"movie_id\": 155, \"watched_on\": \"2026-11-30\"}";
        List<Response> answers = inParallel(12, () -> api.post("/api/diary", body, keyed(ada, "burst")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(answers.stream().map(Response::body).distinct()).hasSize(1);
        assertThat(count("diary_entries")).isEqualTo(1);
    }

    @Test
    void theDiaryIsNewestViewingFirstWithFiltersAndACursorWalk() {
        long a = log(ada, "{\"movie_id\": 155, \"watched_on\": \"2026-01-10\", \"tags\": [\"cinema\"]}");
        long b = log(ada, "{\"movie_id\": 27205, \"watched_on\": \"2026-03-01\"}");
        long c = log(ada, "{\"tv_id\": 1396, \"watched_on\": \"2026-03-01\", \"tags\": [\"Cinema\"]}");
        long d = log(ada, "{\"movie_id\": 155, \"watched_on\": \"2025-12-31\"}");
        log(grace, "{\"movie_id\": 155, \"watched_on\": \"2026-02-02\"}");

        assertThat(ids(api.get("/api/me/diary", ada))).containsExactly(c, b, a, d);
        assertThat(api.get("/api/me/diary", ada).header("X-Total-Count")).isEqualTo("4");
        assertThat(ids(api.get("/api/me/diary?year=2026", ada))).containsExactly(c, b, a);
        assertThat(ids(api.get("/api/me/diary?year=2026&month=3", ada))).containsExactly(c, b);
        assertThat(ids(api.get("/api/me/diary?movie_id=155", ada))).containsExactly(a, d);
        assertThat(ids(api.get("/api/me/diary?tv_id=1396", ada))).containsExactly(c);
        assertThat(ids(api.get("/api/me/diary?tag=CINEMA", ada))).containsExactly(c, a);
        assertThat(ids(api.get("/api/me/diary?tag=cinema&year=2026&month=1", ada)))
                .containsExactly(a);

        List<Long> walked = new ArrayList<>();
        Response page = api.get("/api/me/diary?limit=3", ada);
        walked.addAll(ids(page));
        String next = Links.target(page.header("Link"), "next");
        assertThat(next).contains("cursor=");
        page = api.get(next, ada);
        walked.addAll(ids(page));
        assertThat(walked).containsExactly(c, b, a, d);
        assertThat(Links.target(page.header("Link"), "next")).isNull();
    }

    @Test
    void diaryQueryParametersAreChecked() {
        assertThat(api.get("/api/me/diary?month=3", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary?year=2026&month=13", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary?movie_id=1&tv_id=2", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary?page=2", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary?cursor=bm9wZQ", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary?limit=101", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary").status()).isEqualTo(401);
    }

    @Test
    void patchChangesTheFieldsGivenAndTheCurrentRatingAndReview() {
        long id = log(ada, "{\"movie_id\": 155, \"watched_on\": \"2026-01-10\", \"tags\": [\"cinema\"]}");

        Response changed = api.patch(
                "/api/diary/" + id,
                "{\"watched_on\": \"2026-01-11\", \"rating_val\": 6, \"review\": \"Later thoughts\", \"tags\": [\"Home\"]}",
                ada);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("watched_on").asString()).isEqualTo("2026-01-11");
        assertThat(changed.json().get("rating_val").decimalValue()).isEqualByComparingTo("6");
        assertThat(changed.json().get("tags").toString()).isEqualTo("[\"home\"]");
        assertThat(changed.json().get("review_id").asLong()).isEqualTo(reviewIdOf("ada", 155));
        assertThat(changed.json().get("liked").asBoolean()).isFalse();
        assertThat(ids(api.get("/api/me/diary?tag=home", ada))).containsExactly(id);
        assertThat(ids(api.get("/api/me/diary?tag=cinema", ada))).isEmpty();
        assertThat(jdbc.sql("SELECT rating_val FROM ratings WHERE uid = 'ada'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("6");
    }

    @Test
    void aPatchIsCheckedLikeAPostAndARejectedOneChangesNothing() {
        long id = log(ada, "{\"movie_id\": 155, \"watched_on\": \"2026-01-10\", \"rating_val\": 8}");
        String before = api.get("/api/me/diary", ada).body();

        Response rating = api.patch("/api/diary/" + id, "{\"rating_val\": 11}", ada);
        Response date = api.patch("/api/diary/" + id, "{\"watched_on\": \"1869-12-31\"}", ada);
        Response tags = api.patch("/api/diary/" + id, "{\"tags\": [\"" + "x".repeat(51) + "\"]}", ada);
        Response review = api.patch("/api/diary/" + id, "{\"review\": \" \"}", ada);
        Response type = api.patch("/api/diary/" + id, "{\"rewatch\": \"yes\"}", ada);

        assertThat(rating.status()).isEqualTo(400);
        assertThat(rating.json().get("errors").get(0).get("field").asString()).isEqualTo("rating_val");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("errors").get(0).get("field").asString()).isEqualTo("watched_on");
        assertThat(tags.status()).isEqualTo(400);
        assertThat(review.status()).isEqualTo(400);
        assertThat(type.status()).isEqualTo(400);
        assertThat(api.get("/api/me/diary", ada).body()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT rating_val FROM ratings WHERE uid = 'ada'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("8");
    }

    @Test
    void anotherUsersEntryIs404ForPatchAndDeleteAndStaysUnchanged() {
        long id = log(ada, "{\"movie_id\": 155, \"watched_on\": \"2026-01-10\"}");

        Response patch = api.patch("/api/diary/" + id, "{\"rewatch\": true}", grace);
        Response delete = api.delete("/api/diary/" + id, grace);
        Response unknown = api.delete("/api/diary/999999", ada);

        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.contentType()).isEqualTo("application/problem+json");
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.json().get("detail").asString())
                .isEqualTo(unknown.json().get("detail").asString().replace("999999", Long.toString(id)));
        assertThat(count("diary_entries")).isEqualTo(1);
        assertThat(api.get("/api/me/diary", ada).json().get(0).get("rewatch").asBoolean())
                .isFalse();
    }

    @Test
    void deletingTheLastEntryOfATitleLeavesItsRatingAndReview() {
        long id = log(ada, "{\"movie_id\": 155, \"rating_val\": 9, \"review\": \"Yes.\"}");

        Response deleted = api.delete("/api/diary/" + id, ada);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"ok\":true}");
        assertThat(count("diary_entries")).isZero();
        assertThat(count("ratings")).isEqualTo(1);
        assertThat(count("reviews")).isEqualTo(1);
        assertThat(api.delete("/api/diary/" + id, ada).status()).isEqualTo(404);
    }

    @Test
    void deletingAReviewKeepsTheEntryWithoutIt() {
        long id = log(ada, "{\"movie_id\": 155, \"review\": \"Yes.\"}");

        api.delete("/api/reviews/" + reviewIdOf("ada", 155), ada);

        assertThat(api.get("/api/me/diary", ada).json().get(0).get("id").asLong())
                .isEqualTo(id);
        assertThat(api.get("/api/me/diary", ada).json().get(0).get("review_id").isNull())
                .isTrue();
    }

    @Test
    void concurrentViewingsOfOneTitleAreAllLogged() throws Exception {
        List<Response> answers = inParallel(
                16, () -> api.post("/api/diary", "{\"movie_id\": 155, \"watched_on\": \"2026-11-01\"}", ada));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(count("diary_entries")).isEqualTo(16);
    }

    private void assertField(String body, String field, String message) {
        Response response = api.post("/api/diary", body, ada);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .as(body)
                .isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .as(body)
                .isEqualTo(message);
    }

    private long log(String[] user, String body) {
        Response response = api.post("/api/diary", body, user);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static List<Long> ids(Response response) {
        List<Long> ids = new ArrayList<>();
        response.json().forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private long reviewIdOf(String uid, int movieId) {
        return jdbc.sql("SELECT id FROM reviews WHERE uid = :uid AND title_id = :id")
                .param("uid", uid)
                .param("id", movieId)
                .query(Long.class)
                .single();
    }

    private static <T> List<T> inParallel(int count, java.util.concurrent.Callable<T> call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static String[] keyed(String[] user, String key) {
        return Api.with(user, "Idempotency-Key", key);
    }
}
