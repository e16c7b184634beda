package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export as a ZIP, import it into a fresh account ({@code source=frameratr}), export again: the
 * same library, and importing it once more changes nothing.
 */
@IntegrationTest
class FrameratrRoundTripTests {

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
        fixtures.title("movie", 604, "=Cats", "Cats", 5, LocalDate.of(2019, 12, 20));
        fixtures.title("movie", 605, "Heat", "Heat", 30, LocalDate.of(1995, 12, 15));
        fixtures.tvShow(1396, "Breaking Bad", 300);
        fixtures.tvShow(1399, "Game of Thrones", 400);
    }

    @Test
    void exportImportExportGivesTheSameLibrary() throws Exception {
        String[] ada = DevTokens.bearer(api, "trip-ada");
        for (String uid : new String[] {"zoe", "bob"}) {
            ok(api.get("/api/me", DevTokens.bearer(api, uid)));
        }
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-01-02", "rating_val": 8, "review": "First look.",
                 "tags": ["cyberpunk", "sci fi"]}""", ada));
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-03-04", "rating_val": 8.5,
                 "review": "Better, \\"much\\"\\nbetter."}""", ada));
        created(api.post("/api/diary", "{\"tv_id\": 1396, \"watched_on\": \"2026-02-01\", \"liked\": true}", ada));
        created(api.post("/api/diary", "{\"movie_id\": 605, \"watched_on\": \"2026-02-01\"}", ada));
        created(api.post("/api/diary", "{\"movie_id\": 605, \"watched_on\": \"2026-02-01\", \"rewatch\": true}", ada));
        ok(api.post("/api/ratings", "{\"movie_id\": 604, \"rating_val\": 3}", ada));
        ok(api.post("/api/reviews", "{\"tv_id\": 1396, \"body\": \"Say my name.\", \"spoiler\": true}", ada));
        ok(api.post("/api/watchlist/tv/1399", "{}", ada));
        ok(api.post("/api/favorites/movies/603", "{}", ada));
        long best = ok(api.post("/api/lists", """
                        {"name": "Best", "description": "The best.", "ranked": true, "visibility": "public"}""", ada)).json().get("id").asLong();
        created(api.post("/api/lists/" + best + "/entries", "{\"movie_id\": 605, \"note\": \"Tense.\"}", ada));
        created(api.post("/api/lists/" + best + "/entries", "{\"tv_id\": 1399}", ada));
        created(api.post("/api/lists/" + best + "/entries", "{\"movie_id\": 603, \"position\": 1}", ada));
        ok(api.post("/api/lists", "{\"name\": \"Later\", \"visibility\": \"unlisted\"}", ada));
        ok(api.put("/api/users/zoe/follow", "{}", ada));
        ok(api.put("/api/users/bob/follow", "{}", ada));

        Map<String, byte[]> first = exportOf(ada);

        String[] newcomer = DevTokens.bearer(api, "trip-newcomer");
        Response upload = Uploads.upload(api, newcomer, "frameratr", "frameratr-export.zip", zipOf(first));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        long id = upload.json().path("id").asLong();
        assertThat(Uploads.awaitLeaving(api, newcomer, id, "matching")
                        .path("status")
                        .asString())
                .isEqualTo("ready");
        assertThat(api.post("/api/imports/" + id + "/commit", "", newcomer).status())
                .isEqualTo(202);
        JsonNode done = Uploads.awaitLeaving(api, newcomer, id, "committing");
        assertThat(done.path("status").asString()).isEqualTo("done");
        assertThat(done.path("applied").toString())
                .isEqualTo("{\"diary_entries\":5,\"favorites\":2,\"follows\":2,\"list_entries\":3,\"lists\":2,"
                        + "\"ratings\":2,\"reviews\":2,\"watchlist\":1}");

        Map<String, byte[]> second = exportOf(newcomer);
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(new String(second.get("letterboxd.csv"), StandardCharsets.UTF_8))
                .isEqualTo(new String(first.get("letterboxd.csv"), StandardCharsets.UTF_8));

        // and once more: nothing changes
        String before = LibraryFingerprint.of(jdbc, "trip-newcomer");
        Response again = Uploads.upload(api, newcomer, "frameratr", "frameratr.json", first.get("frameratr.json"));
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        long againId = again.json().path("id").asLong();
        Uploads.awaitLeaving(api, newcomer, againId, "matching");
        api.post("/api/imports/" + againId + "/commit", "", newcomer);
        JsonNode twice = Uploads.awaitLeaving(api, newcomer, againId, "committing");
        assertThat(twice.path("applied").path("diary_entries").asLong()).isZero();
        assertThat(LibraryFingerprint.of(jdbc, "trip-newcomer")).isEqualTo(before);
    }

    /** frameratr.json without what belongs to the account rather than its library. */
    private static JsonNode comparable(Map<String, byte[]> export) {
        ObjectNode json = (ObjectNode) JSON.readTree(export.get("frameratr.json"));
        json.remove("exported_at");
        json.remove("profile");
        // a follow is made anew by the import: its time is the import's
        for (JsonNode follow : (ArrayNode) json.get("following")) {
            ((ObjectNode) follow).remove("since");
        }
        return json;
    }

    private Map<String, byte[]> exportOf(String[] token) throws Exception {
        HttpResponse<byte[]> zip =
                http.send(api.request("/api/me/export?format=zip", token).GET().build(), BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        return Uploads.zipBytes(entries);
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }
}
