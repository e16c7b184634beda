package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import com.frameratr.tmdb.TmdbCacheReset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Trakt's history, ratings and watchlist (API v2 shapes), zipped: TMDb ids given, nothing searched. */
@TmdbIntegrationTest
class TraktImportTests {

    static final String HISTORY = """
            [
              {"id": 1, "watched_at": "2024-01-02T21:00:00.000Z", "action": "watch", "type": "movie",
               "movie": {"title": "The Dark Knight", "year": 2008,
                         "ids": {"trakt": 120, "slug": "the-dark-knight-2008", "imdb": "tt0468569", "tmdb": 155}}},
              {"id": 2, "watched_at": "2024-03-02T21:00:00.000Z", "action": "watch", "type": "movie",
               "movie": {"title": "The Dark Knight", "year": 2008, "ids": {"trakt": 120, "tmdb": 155}}},
              {"id": 3, "watched_at": "2024-03-02T23:30:00.000Z", "action": "scrobble", "type": "movie",
               "movie": {"title": "The Dark Knight", "year": 2008, "ids": {"trakt": 120, "tmdb": 155}}},
              {"id": 4, "watched_at": "2024-02-01T20:00:00.000Z", "action": "checkin", "type": "movie",
               "movie": {"title": "Fight Club", "year": 1999, "ids": {"trakt": 432, "tmdb": 550}}},
              {"id": 5, "watched_at": "2024-02-03T20:00:00.000Z", "action": "watch", "type": "episode",
               "episode": {"season": 1, "number": 1, "title": "Winter Is Coming", "ids": {"trakt": 73640}},
               "show": {"title": "Game of Thrones", "year": 2011, "ids": {"trakt": 1390, "tmdb": 1399}}},
              {"id": 6, "watched_at": "2024-04-01T20:00:00.000Z", "action": "watch", "type": "movie",
               "movie": {"title": "A Film TMDb Forgot", "year": 1990, "ids": {"trakt": 9, "tmdb": 999999}}}
            ]
            """;

    static final String RATINGS = """
            [
              {"rated_at": "2024-03-03T10:00:00.000Z", "rating": 9, "type": "movie",
               "movie": {"title": "The Dark Knight", "year": 2008, "ids": {"trakt": 120, "tmdb": 155}}},
              {"rated_at": "2024-02-04T10:00:00.000Z", "rating": 7, "type": "episode",
               "episode": {"season": 1, "number": 1, "ids": {"trakt": 73640}},
               "show": {"title": "Game of Thrones", "year": 2011, "ids": {"tmdb": 1399}}}
            ]
            """;

    static final String WATCHLIST = """
            [
              {"rank": 1, "id": 10, "listed_at": "2024-05-01T00:00:00.000Z", "notes": null, "type": "movie",
               "movie": {"title": "Inception", "year": 2010, "ids": {"trakt": 16662, "tmdb": 27205}}}
            ]
            """;

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
        TmdbCacheReset.clear(context);
        tmdb.reset();
    }

    @Test
    void playsRatingsAndWatchlistByTmdbId() {
        String[] kim = DevTokens.bearer(api, "trakt-kim");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("history.json", HISTORY);
        files.put("ratings.json", RATINGS);
        files.put("watchlist.json", WATCHLIST);
        Response upload = Uploads.upload(api, kim, "trakt", "trakt-export.zip", Uploads.zip(files));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        long id = upload.json().path("id").asLong();
        JsonNode ready = Uploads.awaitLeaving(api, kim, id, "matching");
        assertThat(ready.path("status").asString()).isEqualTo("ready");

        assertThat(Uploads.rowSummaries(api, kim, id))
                .containsExactly(
                        "1 history.json:1 viewing The Dark Knight 2008 -> matched 155 tmdb-id",
                        "2 history.json:4 viewing Fight Club 1999 -> matched 550 tmdb-id",
                        "3 history.json:5 viewing Game of Thrones 2011 -> matched tv 1399 tmdb-id",
                        "4 history.json:2 viewing The Dark Knight 2008 -> matched 155 tmdb-id",
                        "5 history.json:3 viewing The Dark Knight 2008 -> duplicate 155 same-fact of 4",
                        "6 history.json:6 viewing A Film TMDb Forgot 1990 -> unmatched 999999 not-on-tmdb",
                        "7 ratings.json:1 rating The Dark Knight 2008 -> matched 155 tmdb-id",
                        "8 ratings.json:2 rating - - -> skipped - FrameRatr rates movies and shows (this is a episode)",
                        "9 watchlist.json:1 watchlist Inception 2010 -> matched 27205 tmdb-id");
        // no search: each title's details, once
        assertThat(tmdb.calls().stream().map(FakeTmdb.Call::path).sorted().toList())
                .containsExactly("/movie/155", "/movie/27205", "/movie/550", "/movie/999999", "/tv/1399");

        Response commit = api.post("/api/imports/" + id + "/commit", "", kim);
        assertThat(commit.status()).isEqualTo(202);
        JsonNode done = Uploads.awaitLeaving(api, kim, id, "committing");
        assertThat(done.path("applied").toString())
                .isEqualTo("{\"diary_entries\":4,\"favorites\":0,\"list_entries\":0,\"lists\":0,\"ratings\":1,"
                        + "\"reviews\":0,\"watchlist\":1}");
        assertThat(LibraryFingerprint.of(jdbc, "trakt-kim").lines().toList())
                .containsExactly(
                        "diary|movie|155|2024-01-02|false||false||",
                        "diary|movie|155|2024-03-02|true||false||",
                        "diary|movie|550|2024-02-01|false||false||",
                        "diary|tv|1399|2024-02-03|false||false||",
                        "rating|movie|155|9.0|2024-03-03 10:00:00+00",
                        "watchlist|movie|27205|2024-05-01 00:00:00+00");
    }

    @Test
    void anItemOfNoneOfTheThreeShapesIsA400() {
        String[] kim = DevTokens.bearer(api, "trakt-bad");
        Response upload = Uploads.upload(
                api,
                kim,
                "trakt",
                "history.json",
                "[{\"id\": 1, \"type\": \"movie\"}]".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.json().path("detail").asString())
                .isEqualTo("history.json item 1 has none of watched_at, rated_at, listed_at: not Trakt's history,"
                        + " ratings or watchlist");
        Response notJson = Uploads.upload(api, kim, "trakt", "history.json", "[{".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("detail").asString()).startsWith("history.json is not JSON: ");
    }
}
