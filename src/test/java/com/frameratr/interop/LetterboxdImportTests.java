package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.SearchableMovie;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import com.frameratr.tmdb.TmdbCacheReset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A Letterboxd export, written for the test in Letterboxd's documented format, imported end to end
 * against a TMDb whose search knows the films: each row ends where it should, the commit writes
 * what the files say, and importing the same export again changes nothing.
 */
@TmdbIntegrationTest
class LetterboxdImportTests {

    static final String DIARY = """
            Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date
            2024-01-05,Heat,1995,https://boxd.it/a1,4.5,,"crime, LA ",2024-01-04
            2024-02-01,Heat,1995,https://boxd.it/a2,5,Yes,,2024-02-01
            2024-02-01,Heat,1995,https://boxd.it/a3,5,Yes,,2024-02-01
            2024-03-01,Suspiria,2018,https://boxd.it/a4,3,,,2024-02-28
            2024-03-02,Suspiria,1977,https://boxd.it/a5,4,,,2024-03-02
            2024-03-02,Suspiria,1977,https://boxd.it/a6,4,Yes,,2024-03-02
            2024-04-01,Amélie,2001,https://boxd.it/a7,4,,,2024-04-01
            2024-05-01,Dogville,2004,https://boxd.it/a8,3.5,,,2024-05-01
            2024-06-01,Hamlet,1990,https://boxd.it/a9,3,,,2024-06-01
            2024-07-01,Nonexistent Film Xyz,2020,https://boxd.it/b1,2,,,2024-07-01
            2024-08-01,L'Armée des ombres,1969,https://boxd.it/b2,5,,,2024-07-30
            """;

    static final String REVIEWS = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\r\n"
            + "2024-04-01,Amélie,2001,https://boxd.it/a7,4,,\"Paris, \"\"whimsy\"\"\r\nand a second line, with"
            + " commas.\",,2024-04-01\r\n";

    static final String RATINGS = """
            Date,Name,Year,Letterboxd URI,Rating
            2024-02-01,Heat,1995,https://boxd.it/f1,5
            2024-04-01,Amélie,2001,https://boxd.it/f2,4
            2023-12-24,Parasite,2019,https://boxd.it/f3,4.5
            """;

    static final String WATCHED = """
            Date,Name,Year,Letterboxd URI
            2024-01-05,Heat,1995,https://boxd.it/f1
            2023-12-24,Parasite,2019,https://boxd.it/f3
            2024-04-01,Amélie,2001,https://boxd.it/f2
            """;

    static final String WATCHLIST = """
            Date,Name,Year,Letterboxd URI
            2024-01-06,Heat,1986,https://boxd.it/f4
            """;

    static final String LIKES = """
            Date,Name,Year,Letterboxd URI
            2024-04-01,Amélie,2001,https://boxd.it/f2
            """;

    static final String LIST = """
            Letterboxd list export v7
            Date,Name,Tags,URL,Description
            2024-01-10,Favourite crime,,https://letterboxd.com/ada/list/favourite-crime/,"Crime, mostly."

            Position,Name,Year,URL,Description
            1,Heat,1995,https://boxd.it/f1,"The diner scene."
            2,L'Armée des ombres,1969,https://boxd.it/f5,
            """;

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        TmdbCacheReset.clear(context);
        tmdb.reset();
        tmdb.searchable(
                new SearchableMovie(9001, "Heat", "Heat", "1995-12-15", 30),
                new SearchableMovie(9002, "Heat", "Heat", "1986-03-07", 5),
                new SearchableMovie(9003, "Suspiria", "Suspiria", "1977-02-01", 20),
                new SearchableMovie(9004, "Suspiria", "Suspiria", "2018-10-26", 25),
                new SearchableMovie(9005, "Amélie", "Le Fabuleux Destin d'Amélie Poulain", "2001-04-25", 40),
                new SearchableMovie(9006, "Parasite", "기생충", "2019-05-30", 60),
                new SearchableMovie(9007, "Dogville", "Dogville", "2003-05-19", 12),
                new SearchableMovie(9008, "Hamlet", "Hamlet", "1990-12-19", 10),
                new SearchableMovie(9009, "Hamlet", "Hamlet", "1990-05-01", 8),
                new SearchableMovie(9010, "Army of Shadows", "L'Armée des ombres", "1969-09-12", 9),
                new SearchableMovie(9011, "Heat Wave", "Heat Wave", "1995-01-01", 1));
    }

    static byte[] export() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("profile.csv", "Date Joined,Username\n2020-01-01,ada\n");
        files.put("diary.csv", DIARY);
        files.put("reviews.csv", REVIEWS);
        files.put("ratings.csv", RATINGS);
        files.put("watched.csv", WATCHED);
        files.put("watchlist.csv", WATCHLIST);
        files.put("likes/films.csv", LIKES);
        files.put("lists/favourite-crime.csv", LIST);
        // what Letterboxd keeps of deleted entries is not imported
        files.put("deleted/diary.csv", DIARY.replace("Heat,1995", "Deleted Film,1995"));
        return Uploads.zip(files);
    }

    long importAndMatch(String[] user, byte[] zip) {
        Response upload = Uploads.upload(api, user, "letterboxd", "letterboxd-ada-2024.zip", zip);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        long id = upload.json().path("id").asLong();
        assertThat(upload.header("Location")).isEqualTo("/api/imports/" + id);
        assertThat(upload.json().path("status").asString()).isEqualTo("matching");
        JsonNode ready = Uploads.awaitLeaving(api, user, id, "matching");
        assertThat(ready.path("status").asString()).as(ready.toString()).isEqualTo("ready");
        return id;
    }

    JsonNode commit(String[] user, long id) {
        Response commit = api.post("/api/imports/" + id + "/commit", "", user);
        assertThat(commit.status()).as(commit.toString()).isEqualTo(202);
        assertThat(commit.json().path("status").asString()).isEqualTo("committing");
        JsonNode done = Uploads.awaitLeaving(api, user, id, "committing");
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("done");
        return done;
    }

    List<String> rowSummaries(String[] user, long id) {
        return Uploads.rowSummaries(api, user, id);
    }

    @Test
    void eachRowEndsWhereItShouldAndTheCommitWritesWhatTheFilesSay() {
        String[] ada = DevTokens.bearer(api, "import-ada");
        long id = importAndMatch(ada, export());

        assertThat(rowSummaries(ada, id))
                .containsExactly(
                        "1 reviews.csv:3 viewing Amélie 2001 -> matched 9005 exact-title",
                        "2 diary.csv:2 viewing Heat 1995 -> matched 9001 exact-title",
                        "3 diary.csv:3 viewing Heat 1995 -> matched 9001 exact-title",
                        "4 diary.csv:4 viewing Heat 1995 -> duplicate - same-fact of 3",
                        "5 diary.csv:5 viewing Suspiria 2018 -> matched 9004 exact-title",
                        "6 diary.csv:6 viewing Suspiria 1977 -> matched 9003 exact-title",
                        "7 diary.csv:7 viewing Suspiria 1977 -> matched 9003 exact-title",
                        "8 diary.csv:8 viewing Amélie 2001 -> duplicate - same-fact of 1",
                        "9 diary.csv:9 viewing Dogville 2004 -> matched 9007 year-off-by-one",
                        "10 diary.csv:10 viewing Hamlet 1990 -> ambiguous - exact-title",
                        "11 diary.csv:11 viewing Nonexistent Film Xyz 2020 -> unmatched - no-title-fits",
                        "12 diary.csv:12 viewing L'Armée des ombres 1969 -> matched 9010 original-title",
                        "13 watched.csv:2 viewing Heat 1995 -> duplicate - same-fact of 2",
                        "14 watched.csv:3 viewing Parasite 2019 -> matched 9006 exact-title",
                        "15 watched.csv:4 viewing Amélie 2001 -> duplicate - same-fact of 1",
                        "16 ratings.csv:2 rating Heat 1995 -> matched 9001 exact-title",
                        "17 ratings.csv:3 rating Amélie 2001 -> matched 9005 exact-title",
                        "18 ratings.csv:4 rating Parasite 2019 -> matched 9006 exact-title",
                        "19 watchlist.csv:2 watchlist Heat 1986 -> matched 9002 exact-title",
                        "20 likes/films.csv:2 favorite Amélie 2001 -> matched 9005 exact-title",
                        "21 lists/favourite-crime.csv:3 list - - -> matched - -",
                        "22 lists/favourite-crime.csv:6 list_entry Heat 1995 -> matched 9001 exact-title",
                        "23 lists/favourite-crime.csv:7 list_entry L'Armée des ombres 1969 -> matched 9010 original-title");

        JsonNode job = api.get("/api/imports/" + id, ada).json();
        assertThat(job.path("counts").toString())
                .isEqualTo("{\"rows\":23,\"matched\":17,\"ambiguous\":1,\"unmatched\":1,\"duplicates\":4,"
                        + "\"skipped\":0,\"pending\":0}");
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);

        JsonNode ambiguous =
                api.get("/api/imports/" + id + "/rows?status=ambiguous", ada).json();
        assertThat(ambiguous.get(0).path("candidates").toString())
                .isEqualTo("[{\"movie_id\":9008,\"title\":\"Hamlet\",\"original_title\":\"Hamlet\",\"year\":1990,"
                        + "\"poster_path\":\"/p9008.jpg\"},{\"movie_id\":9009,\"title\":\"Hamlet\","
                        + "\"original_title\":\"Hamlet\",\"year\":1990,\"poster_path\":\"/p9009.jpg\"}]");

        Response chosen = api.patch("/api/imports/" + id + "/rows/10", "{\"movie_id\": 9008}", ada);
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().path("status").asString()).isEqualTo("matched");
        assertThat(chosen.json().path("rule").asString()).isEqualTo("chosen");

        JsonNode done = commit(ada, id);
        assertThat(done.path("applied").toString())
                .isEqualTo("{\"diary_entries\":10,\"favorites\":1,\"list_entries\":2,\"lists\":1,\"ratings\":8,"
                        + "\"reviews\":1,\"watchlist\":1}");

        assertThat(LibraryFingerprint.of(jdbc, "import-ada").lines().toList())
                .containsExactly(
                        "diary|movie|9001|2024-01-04|false|9.0|false|crime,la|",
                        "diary|movie|9001|2024-02-01|true|10.0|false||",
                        "diary|movie|9003|2024-03-02|false|8.0|false||",
                        "diary|movie|9003|2024-03-02|true|8.0|false||",
                        "diary|movie|9004|2024-02-28|false|6.0|false||",
                        "diary|movie|9005|2024-04-01|false|8.0|false||review of 9005",
                        "diary|movie|9006|2023-12-24|false||false||",
                        "diary|movie|9007|2024-05-01|false|7.0|false||",
                        "diary|movie|9008|2024-06-01|false|6.0|false||",
                        "diary|movie|9010|2024-07-30|false|10.0|false||",
                        "entry|Favourite crime|1|movie|9001|The diner scene.",
                        "entry|Favourite crime|2|movie|9010|",
                        "favorite|movie|9005",
                        "list|Favourite crime|Crime, mostly.|private|false|2",
                        "rating|movie|9001|10.0|2024-02-01 00:00:00+00",
                        "rating|movie|9003|8.0|2024-03-02 00:00:00+00",
                        "rating|movie|9004|6.0|2024-03-01 00:00:00+00",
                        "rating|movie|9005|8.0|2024-04-01 00:00:00+00",
                        "rating|movie|9006|9.0|2023-12-24 00:00:00+00",
                        "rating|movie|9007|7.0|2024-05-01 00:00:00+00",
                        "rating|movie|9008|6.0|2024-06-01 00:00:00+00",
                        "rating|movie|9010|10.0|2024-08-01 00:00:00+00",
                        "review|movie|9005|" + md5("Paris, \"whimsy\"\r\nand a second line, with commas.")
                                + "|false|2024-04-01 00:00:00+00",
                        "watchlist|movie|9002|2024-01-06 00:00:00+00");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM title_counts WHERE kind = 'movie' AND title_id = 9003 AND watch_count = 2")
                        .query(Long.class)
                        .single())
                .as("the diary's counters follow the imported entries")
                .isEqualTo(1L);
    }

    @Test
    void importingTheSameExportAgainChangesNothing() {
        String[] ada = DevTokens.bearer(api, "import-again");
        long first = importAndMatch(ada, export());
        commit(ada, first);
        String before = LibraryFingerprint.of(jdbc, "import-again");

        Response again = api.post("/api/imports/" + first + "/commit", "", ada);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("done");

        long second = importAndMatch(ada, export());
        JsonNode done = commit(ada, second);
        assertThat(done.path("applied").toString())
                .isEqualTo("{\"diary_entries\":0,\"favorites\":0,\"list_entries\":0,\"lists\":0,\"ratings\":0,"
                        + "\"reviews\":0,\"watchlist\":0}");
        assertThat(LibraryFingerprint.of(jdbc, "import-again")).isEqualTo(before);
    }

    @Test
    void aNewerExportAddsOnlyWhatIsNew() {
        String[] ada = DevTokens.bearer(api, "import-newer");
        commit(ada, importAndMatch(ada, export()));
        String newerDiary = DIARY + "2024-09-01,Heat,1995,https://boxd.it/c1,4,Yes,,2024-09-01\n";
        long newer = importAndMatch(ada, Uploads.zip(Map.of("diary.csv", newerDiary)));
        JsonNode done = commit(ada, newer);
        assertThat(done.path("applied").path("diary_entries").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM diary_entries WHERE uid = 'import-newer' AND title_id = 9001")
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
    }

    static String md5(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
