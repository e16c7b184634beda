package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an upload may not be, each refused with the reason before anything is stored, and who may
 * see a job. Every test has its own user: each upload counts against imports_per_minute.
 */
@TmdbIntegrationTest
class ImportUploadTests {

    static final String DIARY_HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
    }

    private void refused(Response response, int status, String type, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("urn:frameratr:problem:" + type);
        assertThat(response.json().path("detail").asString()).isEqualTo(detail);
        assertThat(jdbc.sql("SELECT count(*) FROM import_jobs")
                        .query(Long.class)
                        .single())
                .as("nothing stored")
                .isZero();
    }

    private Response upload(String uid, String fileName, byte[] content) {
        return Uploads.upload(api, DevTokens.bearer(api, uid), "letterboxd", fileName, content);
    }

    @Test
    void aFileThatIsNotUtf8IsA400NamingTheOffset() {
        refused(
                upload("bad-bytes", "export.zip", new byte[] {'D', 'a', (byte) 0xff, 't', 'e'}),
                400,
                "invalid-import",
                "export.zip is not UTF-8 text (invalid bytes near offset 2); export it again or save it as UTF-8");
        byte[] latin1 =
                (DIARY_HEADER + "2024-01-01,Amélie,2001,u,4,,,2024-01-01\n").getBytes(StandardCharsets.ISO_8859_1);
        refused(
                upload("bad-bytes-zip", "export.zip", Uploads.zipBytes(Map.of("diary.csv", latin1))),
                400,
                "invalid-import",
                "diary.csv is not UTF-8 text (invalid bytes near offset 76); export it again or save it as UTF-8");
    }

    @Test
    void aTextFileThatIsNoneOfLetterboxdsIsA400() {
        refused(
                upload("bad-text", "notes.txt", "hello\n".getBytes(StandardCharsets.UTF_8)),
                400,
                "invalid-import",
                "notes.txt is not one of Letterboxd's export files (diary.csv, ratings.csv, watched.csv, watchlist.csv,"
                        + " reviews.csv, likes/films.csv, lists/*.csv)");
    }

    @Test
    void aCsvWithAnUnknownColumnIsA400() {
        String csv = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date,Mood\n";
        refused(
                upload("bad-column", "diary.csv", csv.getBytes(StandardCharsets.UTF_8)),
                400,
                "invalid-import",
                "diary.csv has an unknown column 'Mood' (expected Date, Name, Year, Letterboxd URI, Rating, Rewatch,"
                        + " Tags, Watched Date)");
    }

    @Test
    void aTenMegabyteLineIsA400() {
        String huge = DIARY_HEADER + "2024-01-01," + "x".repeat(10 * 1024 * 1024) + ",2001,u,4,,,2024-01-01\n";
        refused(
                upload("bad-line", "diary.csv", huge.getBytes(StandardCharsets.UTF_8)),
                400,
                "invalid-import",
                "diary.csv line 2: a record longer than 65536 characters");
    }

    @Test
    void aZipThatUnpacksToAHundredTimesItsSizeIsA413() {
        byte[] bomb = Uploads.zip(Map.of("diary.csv", DIARY_HEADER + " ".repeat(30 * 1024 * 1024)));
        refused(
                upload("bomb-ratio", "export.zip", bomb),
                413,
                "import-too-large",
                "The ZIP unpacks to more than " + bomb.length * 100L
                        + " bytes (at most 100 times its size and 52428800 bytes)");
    }

    @Test
    void aZipOfTooManyEntriesIsA400() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 2000; i++) {
            entries.put("orphaned/" + i + ".csv", "");
        }
        refused(
                upload("bomb-entries", "export.zip", Uploads.zip(entries)),
                400,
                "invalid-import",
                "The ZIP has more than 2000 entries");
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreA400() {
        int n = 0;
        for (String name : new String[] {"../diary.csv", "/etc/passwd", "C:/diary.csv", "lists\\..\\x.csv"}) {
            refused(
                    upload("traversal-" + n++, "export.zip", Uploads.zip(Map.of(name, DIARY_HEADER))),
                    400,
                    "invalid-import",
                    "The ZIP has an unsafe entry name: " + name);
        }
    }

    @Test
    void aFileLargerThanTheLimitIsA413() {
        refused(
                upload("too-large", "diary.csv", new byte[20 * 1024 * 1024 + 1]),
                413,
                "import-too-large",
                "The file is larger than 20971520 bytes (import_file_bytes)");
    }

    @Test
    void theSourceIsRequiredAndOneOfThree() {
        String[] user = DevTokens.bearer(api, "no-source");
        Response unknown =
                Uploads.upload(api, user, "imdb", "diary.csv", DIARY_HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString())
                .isEqualTo("source: must be letterboxd, trakt or frameratr");
        Response notMultipart = api.post("/api/imports", "{}", user);
        assertThat(notMultipart.status()).isEqualTo(400);
        assertThat(notMultipart.json().path("detail").asString())
                .isEqualTo("Send the file as multipart/form-data with the fields source and file");
    }

    @Test
    void withoutATokenNothingIsRead() {
        Response anonymous =
                Uploads.upload(api, new String[] {"X-Nothing", "1"}, "letterboxd", "diary.csv", new byte[1024]);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/imports/1").status()).isEqualTo(401);
    }

    @Test
    void oneOpenImportPerUserAndOnlyItsOwnerSeesIt() {
        String[] ada = DevTokens.bearer(api, "owner-ada");
        String[] bob = DevTokens.bearer(api, "stranger-bob");
        // a row that needs no TMDb: the job is ready at once
        byte[] list = ("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Empty,,u,\n")
                .getBytes(StandardCharsets.UTF_8);
        Response first = Uploads.upload(api, ada, "letterboxd", "lists/empty.csv", list);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        long id = first.json().path("id").asLong();
        assertThat(first.json().path("status").asString()).isEqualTo("ready");

        Response second = Uploads.upload(api, ada, "letterboxd", "lists/empty.csv", list);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("urn:frameratr:problem:import-in-progress");
        assertThat(second.json().path("import_id").asLong()).isEqualTo(id);

        for (Response strangers : new Response[] {
            api.get("/api/imports/" + id, bob),
            api.get("/api/imports/" + id + "/rows", bob),
            api.patch("/api/imports/" + id + "/rows/1", "{\"skip\": true}", bob),
            api.post("/api/imports/" + id + "/commit", "", bob),
            api.delete("/api/imports/" + id, bob)
        }) {
            assertThat(strangers.status()).as(strangers.toString()).isEqualTo(404);
            assertThat(strangers.json().path("detail").asString()).isEqualTo("No import " + id);
        }

        Response discarded = api.delete("/api/imports/" + id, ada);
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.body()).isEqualTo("{\"ok\":true}");
        assertThat(api.get("/api/imports/" + id, ada).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM import_rows")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theLimitsAreStatedAndUploadsPerMinuteAreBounded() {
        String[] user = DevTokens.bearer(api, "limits-reader");
        Response limits = api.get("/api/me/limits", user);
        assertThat(limits.json().path("stored").path("import_file_bytes").asInt())
                .isEqualTo(20 * 1024 * 1024);
        assertThat(limits.json().path("stored").path("import_rows").asInt()).isEqualTo(50_000);
        assertThat(limits.json().path("imports_per_minute").asInt()).isEqualTo(2);
        byte[] bad = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(Uploads.upload(api, user, "letterboxd", "a.txt", bad).status())
                .isEqualTo(400);
        assertThat(Uploads.upload(api, user, "letterboxd", "a.txt", bad).status())
                .isEqualTo(400);
        Response third = Uploads.upload(api, user, "letterboxd", "a.txt", bad);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isNotNull();
    }

    @Autowired
    ImportRepository jobs;

    @Test
    void finishedJobsAndAbandonedReadyOnesArePurgedAfterTheRetention() {
        byte[] list = ("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Empty,,u,\n")
                .getBytes(StandardCharsets.UTF_8);
        long[] ids = new long[3];
        String[] uids = {"purge-done", "purge-ready", "purge-recent"};
        for (int i = 0; i < 3; i++) {
            Response upload = Uploads.upload(api, DevTokens.bearer(api, uids[i]), "letterboxd", "lists/e.csv", list);
            ids[i] = upload.json().path("id").asLong();
        }
        jdbc.sql("UPDATE import_jobs SET status = 'done', finished_at = now() - interval '8 days' WHERE id = :id")
                .param("id", ids[0])
                .update();
        jdbc.sql("UPDATE import_jobs SET turn_at = now() - interval '8 days' WHERE id = :id")
                .param("id", ids[1])
                .update();
        jdbc.sql("UPDATE import_jobs SET status = 'done', finished_at = now() - interval '6 days' WHERE id = :id")
                .param("id", ids[2])
                .update();

        assertThat(jobs.purge(java.time.Instant.now().minus(java.time.Duration.ofDays(7))))
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT id FROM import_jobs").query(Long.class).list())
                .containsExactly(ids[2]);
    }

    @Test
    void accountDeletionDeletesTheImports() {
        String[] ada = DevTokens.bearer(api, "deleted-ada");
        byte[] list = ("Letterboxd list export v7\nDate,Name,Tags,URL,Description\n2024-01-01,Empty,,u,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Uploads.upload(api, ada, "letterboxd", "lists/empty.csv", list)
                        .status())
                .isEqualTo(202);
        jdbc.sql("DELETE FROM users WHERE uid = 'deleted-ada'").update();
        assertThat(jdbc.sql("SELECT count(*) FROM import_jobs")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM import_rows")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
