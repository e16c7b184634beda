package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/me/export?format=zip}: the whole account as a ZIP of {@code frameratr.json} and
 * {@code letterboxd.csv}, through the real HTTP stack.
 */
@IntegrationTest
class AccountExportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.title("movie", 603, "The Matrix", "The Matrix", 50, LocalDate.of(1999, 3, 30));
        fixtures.title("movie", 604, "Cats", "Cats", 5, LocalDate.of(2019, 12, 20));
        fixtures.title("movie", 605, "Heat", "Heat", 30, LocalDate.of(1995, 12, 15));
        fixtures.tvShow(1396, "Breaking Bad", 300);
        fixtures.tvShow(1399, "Game of Thrones", 400);
    }

    @Test
    void aZipOfTheWholeAccountAsFrameratrJsonAndTheLetterboxdCsv() throws Exception {
        String[] cora = DevTokens.bearer(api, "curator");
        String[] bob = DevTokens.bearer(api, "bob");
        for (String uid : new String[] {"zoe", "bob", "priv"}) {
            ok(api.get("/api/me", DevTokens.bearer(api, uid)));
        }
        ok(api.patch("/api/me", "{\"privacy\": \"private\"}", DevTokens.bearer(api, "priv")));
        ok(api.patch(
                "/api/me",
                "{\"display_name\": \"Cora\", \"bio\": \"Films, mostly.\", \"privacy\": \"private\"}",
                cora));
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-01-02", "rating_val": 8, "review": "First look.",
                 "tags": ["cyberpunk", "sci fi"]}""", cora));
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-03-04", "rating_val": 8.5, "review": "Better."}""", cora));
        created(api.post("/api/diary", """
                {"tv_id": 1396, "watched_on": "2026-02-01", "liked": true}""", cora));
        ok(api.post("/api/ratings", "{\"movie_id\": 604, \"rating_val\": 3}", cora));
        ok(api.post("/api/reviews", "{\"tv_id\": 1396, \"body\": \"Say my name.\", \"spoiler\": true}", cora));
        ok(api.post("/api/watchlist/tv/1399", "{}", cora));
        ok(api.post("/api/watchlist/movies/605", "{}", cora));
        ok(api.post("/api/favorites/tv/1396", "{}", cora));
        ok(api.post("/api/favorites/movies/603", "{}", cora));
        long best = ok(api.post("/api/lists", """
                        {"name": "Best", "description": "The best.", "ranked": true, "visibility": "public"}""", cora)).json().get("id").asLong();
        created(api.post("/api/lists/" + best + "/entries", "{\"movie_id\": 605, \"note\": \"Tense.\"}", cora));
        created(api.post("/api/lists/" + best + "/entries", "{\"tv_id\": 1399}", cora));
        created(api.post("/api/lists/" + best + "/entries", "{\"movie_id\": 603, \"position\": 1}", cora));
        ok(api.post("/api/lists", "{\"name\": \"Later\"}", cora));
        ok(api.put("/api/users/zoe/follow", "{}", cora));
        ok(api.put("/api/users/bob/follow", "{}", cora));
        ok(api.put("/api/users/priv/follow", "{}", cora));
        // another user's history, of every kind: none of it is in cora's export
        ok(api.post("/api/ratings", "{\"movie_id\": 605, \"rating_val\": 6}", bob));
        ok(api.post("/api/reviews", "{\"movie_id\": 605, \"body\": \"Bob's.\"}", bob));
        created(api.post("/api/diary", "{\"movie_id\": 604, \"watched_on\": \"2026-01-01\"}", bob));
        ok(api.post("/api/watchlist/movies/603", "{}", bob));
        ok(api.post("/api/favorites/movies/604", "{}", bob));
        ok(api.post("/api/lists", "{\"name\": \"Bob's list\"}", bob));
        ok(api.put("/api/users/zoe/follow", "{}", bob));
        ok(api.put("/api/users/curator/follow", "{}", bob));
        fixedTimes("curator");

        HttpResponse<byte[]> zip = bytes("/api/me/export?format=zip", cora);

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(zip.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"frameratr-export-" + today + ".zip\"");
        assertThat(zip.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).containsOnlyKeys("frameratr.json", "letterboxd.csv");
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("frameratr.json"));
        Instant exportedAt = Instant.parse(json.get("exported_at").asString());
        assertThat(exportedAt).isBetween(Instant.now().minusSeconds(60), Instant.now());
        json.put("exported_at", "2026-12-01T12:00:00Z");
        assertThat(json).isEqualTo(JSON.readTree(CORA));
        Response csv = api.get("/api/me/export?format=letterboxd", cora);
        assertThat(new String(entries.get("letterboxd.csv"), StandardCharsets.UTF_8))
                .isEqualTo(csv.body());
    }

    @Test
    void anAccountWithNothingExportsItsProfileEmptyArraysAndTheCsvHeader() throws Exception {
        HttpResponse<byte[]> zip = bytes("/api/me/export?format=zip", DevTokens.bearer(api, "blank"));

        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).containsOnlyKeys("frameratr.json", "letterboxd.csv");
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("frameratr.json"));
        json.put("exported_at", "2026-12-01T12:00:00Z");
        // the profile is the user's row, made from the token if the export is the first request
        assertThat(json).isEqualTo(JSON.readTree("""
                {"format": "frameratr", "version": 1, "exported_at": "2026-12-01T12:00:00Z",
                 "profile": {"handle": "blank", "display_name": "blank", "bio": null, "photo_url": null,
                             "privacy": "public"},
                 "ratings": [], "reviews": [], "diary": [], "watchlist": [], "favorites": [], "lists": [],
                 "following": []}
                """));
        assertThat(new String(entries.get("letterboxd.csv"), StandardCharsets.UTF_8))
                .isEqualTo(LetterboxdExportTests.HEADER);
    }

    @Test
    void eachUserExportsOnlyTheirOwnHistory() throws Exception {
        String[] ann = DevTokens.bearer(api, "ann");
        String[] ben = DevTokens.bearer(api, "ben");
        ok(api.post("/api/ratings", "{\"movie_id\": 603, \"rating_val\": 9}", ann));
        ok(api.post("/api/ratings", "{\"tv_id\": 1399, \"rating_val\": 2}", ben));
        created(api.post("/api/diary", "{\"movie_id\": 604, \"watched_on\": \"2026-01-01\"}", ben));

        JsonNode annJson = frameratrJson(ann);
        JsonNode benJson = frameratrJson(ben);

        assertThat(annJson.get("ratings")
                        .valueStream()
                        .map(r -> r.get("tmdb_id").asInt()))
                .containsExactly(603);
        assertThat(annJson.get("diary").isEmpty()).isTrue();
        assertThat(benJson.get("ratings")
                        .valueStream()
                        .map(r -> r.get("tmdb_id").asInt()))
                .containsExactly(1399);
        assertThat(benJson.get("diary").valueStream().map(r -> r.get("tmdb_id").asInt()))
                .containsExactly(604);
    }

    @Test
    void withoutATokenIs401() {
        Response export = api.get("/api/me/export?format=zip");

        assertThat(export.status()).isEqualTo(401);
        assertThat(export.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anyOtherFormatIs400NamingBoth() {
        Response export = api.get("/api/me/export?format=json", DevTokens.bearer(api, "json-fan"));

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.contentType()).isEqualTo("application/problem+json");
        assertThat(export.json().get("detail").asString()).isEqualTo("format: must be letterboxd or zip");
    }

    @Test
    void zipAndLetterboxdExportsShareExportsPerMinute() throws Exception {
        String[] hasty = DevTokens.bearer(api, "hasty");
        assertThat(api.get("/api/me/export?format=letterboxd", hasty).status()).isEqualTo(200);
        assertThat(bytes("/api/me/export?format=zip", hasty).statusCode()).isEqualTo(200);

        Response third = api.get("/api/me/export?format=zip", hasty);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("type").asString()).isEqualTo("urn:frameratr:problem:rate-limited");
        assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 60);
    }

    /**
     * Proves the export streams: while 50,000 viewings and a list of 1,200 entries (three pages) go
     * out, the heap the export keeps alive stays within a few MB. A sampler forces a full GC every
     * 300 ms and records the heap in use after it; the largest sample minus the one before the request
     * is what the export (server and this test's streaming client, one JVM) held at its peak. Holding
     * the 50,000 rows at once, or buffering the body, costs tens of MB (measured: docs/interop.md).
     */
    @Test
    void fiftyThousandViewingsStreamInFlatMemory() throws Exception {
        jdbc.sql("INSERT INTO users (uid, email) VALUES ('archivist', 'archivist@example.com')")
                .update();
        // 250 rows per statement, as in LetterboxdExportTests (one transaction of 50,000 is minutes)
        for (int from = 0; from < 50_000; from += 250) {
            jdbc.sql("""
                            INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val, tags)
                            SELECT 'archivist', 'movie', 603, DATE '1900-01-01' + (i / 2), i % 2 = 1,
                                   1 + i % 19 * 0.5, ARRAY['tag' || i % 5]
                            FROM generate_series(:from, :from + 249) AS i
                            """).param("from", from).update();
        }
        jdbc.sql("INSERT INTO titles (kind, id, title) SELECT 'movie', 10000 + i, 'Film ' || i"
                        + " FROM generate_series(1, 1200) AS i")
                .update();
        long list = jdbc.sql("INSERT INTO user_lists (uid, name) VALUES ('archivist', 'Everything') RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_list_items (list_id, kind, title_id, position)"
                        + " SELECT :list, 'movie', 10000 + i, i FROM generate_series(1, 1200) AS i")
                .param("list", list)
                .update();
        String[] token = DevTokens.bearer(api, "archivist");
        // as autovacuum would after such a load: with the statistics of empty tables the planner
        // joined each viewing to the titles by a scan of all 1,203 movies (4 s a page of the CSV,
        // past the 2 s statement timeout)
        jdbc.sql("ANALYZE diary_entries, titles, user_lists, user_list_items").update();
        HeapSampler heap = new HeapSampler();

        HttpResponse<InputStream> response =
                http.send(api.request("/api/me/export?format=zip", token).GET().build(), BodyHandlers.ofInputStream());
        Streamed streamed;
        try (ZipInputStream zip = new ZipInputStream(response.body(), StandardCharsets.UTF_8)) {
            streamed = Streamed.read(zip);
        }
        long peak = heap.stop();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(streamed.entries()).containsExactly("frameratr.json", "letterboxd.csv");
        assertThat(streamed.diary()).isEqualTo(50_000);
        assertThat(streamed.firstViewing()).isEqualTo(JSON.readTree("""
                {"kind": "movie", "tmdb_id": 603, "watched_on": "1900-01-01", "rewatch": false, "rating_val": 1.0,
                 "liked": false, "tags": ["tag0"], "with_review": false}"""));
        // i = 49999: 1900-01-01 + 24999 days, rating 1 + 10 * 0.5 = 6
        assertThat(streamed.lastViewing())
                .isEqualTo(JSON.readTree("""
                {"kind": "movie", "tmdb_id": 603, "watched_on": "%s", "rewatch": true, "rating_val": 6.0,
                 "liked": false, "tags": ["tag4"], "with_review": false}""".formatted(LocalDate.of(1900, 1, 1).plusDays(24_999))));
        assertThat(streamed.positions())
                .isEqualTo(IntStream.rangeClosed(1, 1200).boxed().toList());
        assertThat(streamed.csvLines()).isEqualTo(50_001);
        System.out.printf(
                "account export of 50,000 viewings: %d heap samples, peak %.1f MB over the %.1f MB before%n",
                heap.samples(), (peak - heap.baseline()) / 1e6, heap.baseline() / 1e6);
        assertThat(peak - heap.baseline()).isLessThan(8_000_000);
    }

    // the rewatch of 603 edited its review: both viewings carry it; the viewing of 1396 does not
    // (the review was written on the title page); "priv" is a request, not a follow; nothing of bob's
    private static final String CORA = """
            {"format": "frameratr", "version": 1, "exported_at": "2026-12-01T12:00:00Z",
             "profile": {"handle": "curator", "display_name": "Cora", "bio": "Films, mostly.", "photo_url": null,
                         "privacy": "private"},
             "ratings": [
               {"kind": "movie", "tmdb_id": 603, "rating_val": 8.5,
                "created_at": "2026-05-01T10:00:01Z", "updated_at": "2026-05-01T10:00:02Z"},
               {"kind": "movie", "tmdb_id": 604, "rating_val": 3.0,
                "created_at": "2026-05-01T10:00:01Z", "updated_at": "2026-05-01T10:00:02Z"}],
             "reviews": [
               {"kind": "movie", "tmdb_id": 603, "body": "Better.", "spoiler": false,
                "created_at": "2026-05-01T10:00:03Z", "updated_at": "2026-05-01T10:00:04Z"},
               {"kind": "tv", "tmdb_id": 1396, "body": "Say my name.", "spoiler": true,
                "created_at": "2026-05-01T10:00:03Z", "updated_at": "2026-05-01T10:00:04Z"}],
             "diary": [
               {"kind": "movie", "tmdb_id": 603, "watched_on": "2026-01-02", "rewatch": false, "rating_val": 8.0,
                "liked": false, "tags": ["cyberpunk", "sci fi"], "with_review": true,
                "created_at": "2026-05-01T10:00:05Z"},
               {"kind": "tv", "tmdb_id": 1396, "watched_on": "2026-02-01", "rewatch": false, "rating_val": null,
                "liked": true, "tags": [], "with_review": false, "created_at": "2026-05-01T10:00:05Z"},
               {"kind": "movie", "tmdb_id": 603, "watched_on": "2026-03-04", "rewatch": true, "rating_val": 8.5,
                "liked": false, "tags": [], "with_review": true, "created_at": "2026-05-01T10:00:05Z"}],
             "watchlist": [
               {"kind": "movie", "tmdb_id": 605, "added_at": "2026-05-01T10:00:06Z"},
               {"kind": "tv", "tmdb_id": 1399, "added_at": "2026-05-01T10:00:06Z"}],
             "favorites": [
               {"kind": "movie", "tmdb_id": 603, "added_at": "2026-05-01T10:00:07Z"},
               {"kind": "tv", "tmdb_id": 1396, "added_at": "2026-05-01T10:00:07Z"}],
             "lists": [
               {"name": "Best", "description": "The best.", "ranked": true, "visibility": "public",
                "created_at": "2026-05-01T10:00:08Z",
                "entries": [
                  {"position": 1, "kind": "movie", "tmdb_id": 603, "note": null, "added_at": "2026-05-01T10:00:09Z"},
                  {"position": 2, "kind": "movie", "tmdb_id": 605, "note": "Tense.", "added_at": "2026-05-01T10:00:09Z"},
                  {"position": 3, "kind": "tv", "tmdb_id": 1399, "note": null, "added_at": "2026-05-01T10:00:09Z"}]},
               {"name": "Later", "description": null, "ranked": false, "visibility": "private",
                "created_at": "2026-05-01T10:00:08Z", "entries": []}],
             "following": [
               {"handle": "bob", "since": "2026-05-01T10:00:10Z"},
               {"handle": "zoe", "since": "2026-05-01T10:00:10Z"}]}
            """;

    /** Every row of the user's history gets the same fixed times, a distinct one per table and column. */
    private void fixedTimes(String uid) {
        update(
                "UPDATE ratings SET created_at = '2026-05-01T10:00:01Z', updated_at = '2026-05-01T10:00:02Z'"
                        + " WHERE uid = :uid",
                uid);
        update(
                "UPDATE reviews SET created_at = '2026-05-01T10:00:03Z', updated_at = '2026-05-01T10:00:04Z'"
                        + " WHERE uid = :uid",
                uid);
        update("UPDATE diary_entries SET created_at = '2026-05-01T10:00:05Z' WHERE uid = :uid", uid);
        update("UPDATE watchlist SET created_at = '2026-05-01T10:00:06Z' WHERE uid = :uid", uid);
        update("UPDATE favorites SET created_at = '2026-05-01T10:00:07Z' WHERE uid = :uid", uid);
        update("UPDATE user_lists SET created_at = '2026-05-01T10:00:08Z' WHERE uid = :uid", uid);
        update(
                "UPDATE user_list_items SET added_at = '2026-05-01T10:00:09Z'"
                        + " WHERE list_id IN (SELECT id FROM user_lists WHERE uid = :uid)",
                uid);
        update("UPDATE follows SET created_at = '2026-05-01T10:00:10Z' WHERE follower_uid = :uid", uid);
    }

    private void update(String sql, String uid) {
        jdbc.sql(sql).param("uid", uid).update();
    }

    private JsonNode frameratrJson(String[] token) throws Exception {
        HttpResponse<byte[]> zip = bytes("/api/me/export?format=zip", token);
        assertThat(zip.statusCode()).isEqualTo(200);
        return JSON.readTree(unzip(zip.body()).get("frameratr.json"));
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        return http.send(api.request(path, headers).GET().build(), BodyHandlers.ofByteArray());
    }

    /** The heap in use after a full GC, every 300 ms until stopped: its largest value. */
    private static final class HeapSampler {

        // a full GC stops the service too; back to back they stretched a page's read past the
        // statement timeout (2 s) on this 2-core machine
        private static final int SAMPLE_EVERY_MILLIS = 300;

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final long baseline = afterGc();
        private final AtomicLong peak = new AtomicLong(baseline);
        private final AtomicInteger samples = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread = Thread.ofPlatform().daemon().start(this::sample);

        long baseline() {
            return baseline;
        }

        int samples() {
            return samples.get();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }

        private void sample() {
            while (running) {
                peak.accumulateAndGet(afterGc(), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(SAMPLE_EVERY_MILLIS);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }

        private long afterGc() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    /** What the streamed ZIP held, read as a stream (a tree of one array element at a time). */
    private record Streamed(
            List<String> entries,
            int diary,
            JsonNode firstViewing,
            JsonNode lastViewing,
            List<Integer> positions,
            long csvLines) {

        static Streamed read(ZipInputStream zip) throws IOException {
            List<String> entries = new ArrayList<>();
            int diary = 0;
            JsonNode first = null;
            JsonNode last = null;
            List<Integer> positions = new ArrayList<>();
            long csvLines = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals("letterboxd.csv")) {
                    csvLines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8))
                            .lines()
                            .count();
                    continue;
                }
                JsonParser parser = JSON.reader()
                        .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        .createParser(zip);
                parser.nextToken();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode element = parser.readValueAsTree();
                        if (name.equals("diary")) {
                            ((ObjectNode) element).remove("created_at");
                            first = first == null ? element : first;
                            last = element;
                            diary++;
                        } else if (name.equals("lists")) {
                            element.get("entries")
                                    .forEach(
                                            e -> positions.add(e.get("position").asInt()));
                        }
                    }
                }
            }
            return new Streamed(entries, diary, first, last, positions, csvLines);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
