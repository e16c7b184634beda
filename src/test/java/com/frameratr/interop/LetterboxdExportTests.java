package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code GET /api/me/export?format=letterboxd}: Letterboxd's import CSV of one's own history. */
@IntegrationTest
class LetterboxdExportTests {

    static final String HEADER = "tmdbID,Title,Year,WatchedDate,Rating,Rating10,Rewatch,Tags,Review\r\n";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.title("movie", 603, "The Matrix", "The Matrix", 50, LocalDate.of(1999, 3, 30));
        fixtures.title("movie", 604, "Cats", "Cats", 5, LocalDate.of(2019, 12, 20));
        fixtures.title("movie", 605, "Heat", "Heat", 30, LocalDate.of(1995, 12, 15));
        fixtures.title(
                "movie",
                194,
                "Amélie, or \"Le Fabuleux Destin\"",
                "Le Fabuleux Destin d'Amélie Poulain",
                40,
                LocalDate.of(2001, 4, 25));
        fixtures.tvShow(1396, "Breaking Bad", 300);
        ada = DevTokens.bearer(api, "ada");
    }

    @Test
    void viewingsThenUndatedRatingsAndReviewsInLetterboxdsImportFormat() {
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-01-02", "rating_val": 8, "review": "First look.",
                 "tags": ["Cyberpunk", "sci, fi"]}""", ada));
        // the rewatch edits the same review: only this later viewing carries its text
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-03-04", "rating_val": 7.5,
                 "review": "Better, \\"much\\" better.\\nSecond line."}""", ada));
        created(api.post("/api/diary", """
                {"movie_id": 194, "watched_on": "2025-12-31"}""", ada));
        created(api.post("/api/diary", """
                {"tv_id": 1396, "watched_on": "2026-02-01", "rating_val": 10}""", ada));
        assertThat(api.post("/api/ratings", "{\"movie_id\": 604, \"rating_val\": 3}", ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/reviews", "{\"movie_id\": 605, \"body\": \"Short.\"}", ada)
                        .status())
                .isEqualTo(200);
        String[] grace = DevTokens.bearer(api, "grace");
        created(api.post("/api/diary", "{\"movie_id\": 605, \"watched_on\": \"2026-01-05\"}", grace));

        Response export = api.get("/api/me/export?format=letterboxd", ada);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(export.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"frameratr-letterboxd-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        assertThat(export.header("Cache-Control")).isEqualTo("no-store");
        assertThat(export.body())
                .isEqualTo(HEADER
                        + "194,\"Amélie, or \"\"Le Fabuleux Destin\"\"\",2001,2025-12-31,,,false,,\r\n"
                        + "603,The Matrix,1999,2026-01-02,4,8,false,\"cyberpunk, sci fi\",\r\n"
                        + "603,The Matrix,1999,2026-03-04,4,8,true,,\"Better, \"\"much\"\" better.\nSecond line.\"\r\n"
                        + "604,Cats,2019,,1.5,3,,,\r\n"
                        + "605,Heat,1995,,,,,,Short.\r\n");
    }

    @Test
    void aTextCellASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        new Fixtures(jdbc).title("movie", 9001, "+1", "+1", 10, LocalDate.of(2013, 9, 20));
        String[] mallory = DevTokens.bearer(api, "mallory");
        created(api.post("/api/diary", """
                {"movie_id": 603, "watched_on": "2026-01-02", "review": "=cmd|' /C calc'!A0", "tags": ["@home"]}""", mallory));
        created(api.post("/api/diary", """
                {"movie_id": 605, "watched_on": "2026-01-03", "review": "-1 stars, would not", "tags": ["x", "-y"]}""", mallory));
        assertThat(api.post("/api/ratings", "{\"movie_id\": 9001, \"rating_val\": 4}", mallory)
                        .status())
                .isEqualTo(200);

        Response export = api.get("/api/me/export?format=letterboxd", mallory);

        assertThat(export.status()).isEqualTo(200);
        // only a cell's first character counts ("x, -y" is harmless); quoting applies after the prefix
        assertThat(export.body())
                .isEqualTo(HEADER
                        + "603,The Matrix,1999,2026-01-02,,,false,'@home,'=cmd|' /C calc'!A0\r\n"
                        + "605,Heat,1995,2026-01-03,,,false,\"x, -y\",\"'-1 stars, would not\"\r\n"
                        + "9001,'+1,2013,,2,4,,,\r\n");
    }

    @Test
    void anAccountWithNothingExportsTheHeaderOnly() {
        Response export = api.get("/api/me/export?format=letterboxd", DevTokens.bearer(api, "newcomer"));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).isEqualTo(HEADER);
    }

    @Test
    void fiftyThousandViewingsStreamPageByPageInTheOrderWatched() {
        jdbc.sql("INSERT INTO users (uid, email) VALUES ('diarist', 'diarist@example.com')")
                .update();
        // 250 rows per statement, each its own transaction: one transaction updating the user's and
        // the title's counter rows 50,000 times walks ever longer version chains (minutes, not seconds)
        for (int from = 0; from < 50_000; from += 250) {
            jdbc.sql("""
                            INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val)
                            SELECT 'diarist', 'movie', 603, DATE '1900-01-01' + (i / 2), i % 2 = 1, 1 + i % 19 * 0.5
                            FROM generate_series(:from, :from + 249) AS i
                            """).param("from", from).update();
        }

        Response export = api.get("/api/me/export?format=letterboxd", DevTokens.bearer(api, "diarist"));

        assertThat(export.status()).isEqualTo(200);
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(50_001);
        assertThat(lines[1]).isEqualTo("603,The Matrix,1999,1900-01-01,0.5,1,false,,");
        assertThat(lines[2]).isEqualTo("603,The Matrix,1999,1900-01-01,1,2,true,,");
        // i = 49999: 1900-01-01 + 24999 days, rating 1 + 10 * 0.5 = 6
        assertThat(lines[50_000])
                .isEqualTo("603,The Matrix,1999," + LocalDate.of(1900, 1, 1).plusDays(24_999) + ",3,6,true,,");
    }

    @Test
    void withoutAFormatIs400NamingTheParameter() {
        // another user than ada: every export request counts against the caller's exports_per_minute
        Response export = api.get("/api/me/export", DevTokens.bearer(api, "formatless"));

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.contentType()).isEqualTo("application/problem+json");
        assertThat(export.json().get("detail").asString()).isEqualTo("format: is required");
    }

    @Test
    void anyOtherFormatIs400NamingTheParameter() {
        Response export = api.get("/api/me/export?format=csv", DevTokens.bearer(api, "csv-fan"));

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.contentType()).isEqualTo("application/problem+json");
        assertThat(export.json().get("detail").asString()).isEqualTo("format: must be letterboxd or zip");
    }

    @Test
    void withoutATokenIs401() {
        Response export = api.get("/api/me/export?format=letterboxd");

        assertThat(export.status()).isEqualTo(401);
        assertThat(export.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aThirdExportInAMinuteIs429WithRetryAfterAndTheLimitIsStated() {
        String[] eager = DevTokens.bearer(api, "eager");
        for (int i = 0; i < 2; i++) {
            assertThat(api.get("/api/me/export?format=letterboxd", eager).status())
                    .isEqualTo(200);
        }

        Response third = api.get("/api/me/export?format=letterboxd", eager);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("type").asString()).isEqualTo("urn:frameratr:problem:rate-limited");
        assertThat(third.json().get("detail").asString()).isEqualTo("Too many exports in a minute; slow down");
        assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 60);
        assertThat(api.get("/api/me/limits", eager)
                        .json()
                        .get("exports_per_minute")
                        .asInt())
                .isEqualTo(2);
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
