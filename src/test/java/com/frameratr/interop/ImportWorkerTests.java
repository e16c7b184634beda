package com.frameratr.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.FakeTmdb.SearchableMovie;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import com.frameratr.tmdb.TmdbCacheReset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The background worker: a job survives the instance stopping in the middle of matching, and
 * imports' TMDb calls keep to their share of the deployment's budget (TmdbIntegrationTest spaces
 * calls 20 ms apart; background imports, at the default share 0.5, 40 ms).
 */
@TmdbIntegrationTest
class ImportWorkerTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportWorker worker;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
        TmdbCacheReset.clear(context);
        tmdb.reset();
        List<SearchableMovie> films = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            films.add(new SearchableMovie(9100 + i, "Film Number " + i, "Film Number " + i, "2000-01-01", i));
        }
        tmdb.searchable(films.toArray(SearchableMovie[]::new));
    }

    static byte[] diaryOf(int films) {
        StringBuilder diary = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
        for (int i = 1; i <= films; i++) {
            diary.append("2024-01-01,Film Number ").append(i).append(",2000,u,3,,,2024-01-01\n");
        }
        return Uploads.zip(Map.of("diary.csv", diary.toString()));
    }

    @Test
    void aJobStoppedInTheMiddleOfMatchingIsFinishedAfterTheRestart() throws Exception {
        String[] ada = DevTokens.bearer(api, "restart-ada");
        tmdb.always("/search/movie", Reply.delayed(150));
        Response upload = Uploads.upload(api, ada, "letterboxd", "export.zip", diaryOf(12));
        assertThat(upload.status()).isEqualTo(202);
        long id = upload.json().path("id").asLong();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (matched(id) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        worker.stop(); // the instance goes away mid-matching
        try {
            long matchedWhenStopped = matched(id);
            assertThat(matchedWhenStopped).isBetween(3L, 11L);
            assertThat(api.get("/api/imports/" + id, ada).json().path("status").asString())
                    .isEqualTo("matching");
            // a crashed instance keeps its lease until it runs out (2 minutes by default; 1 s here)
            jdbc.sql("UPDATE import_jobs SET lease_until = clock_timestamp() + interval '1 second' WHERE id = :id")
                    .param("id", id)
                    .update();
        } finally {
            worker.start(); // the instance, restarted (or another one)
        }
        JsonNode ready = Uploads.awaitLeaving(api, ada, id, "matching");
        assertThat(ready.path("status").asString()).isEqualTo("ready");
        assertThat(ready.path("counts").path("matched").asLong()).isEqualTo(12);
        assertThat(ready.path("counts").path("pending").asLong()).isZero();
    }

    @Test
    void whileTmdbIsDownTheJobWaitsSayingWhyAndGoesOnByItselfOnceItIsBack() throws Exception {
        String[] ada = DevTokens.bearer(api, "tmdb-down-ada");
        tmdb.everyPath(Reply.status(500));
        Response upload = Uploads.upload(api, ada, "letterboxd", "export.zip", diaryOf(3));
        long id = upload.json().path("id").asLong();
        JsonNode waiting = null;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            waiting = api.get("/api/imports/" + id, ada).json();
            if (!waiting.path("error").isNull()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(waiting.path("status").asString()).isEqualTo("matching");
        assertThat(waiting.path("error").asString())
                .isEqualTo("TMDb cannot be asked now (tmdb-error); matching goes on by itself");
        assertThat(waiting.path("counts").path("pending").asLong()).isEqualTo(3);

        tmdb.everyPath(null);
        JsonNode ready = Uploads.awaitLeaving(api, ada, id, "matching");
        assertThat(ready.path("status").asString()).isEqualTo("ready");
        assertThat(ready.path("error").isNull()).isTrue();
        assertThat(ready.path("counts").path("matched").asLong()).isEqualTo(3);
    }

    @Test
    void backgroundImportsCallTmdbAtMostAtTheirShareOfTheBudget() {
        String[] ada = DevTokens.bearer(api, "share-ada");
        Response upload = Uploads.upload(api, ada, "letterboxd", "export.zip", diaryOf(12));
        long id = upload.json().path("id").asLong();
        assertThat(Uploads.awaitLeaving(api, ada, id, "matching").path("status").asString())
                .isEqualTo("ready");
        List<FakeTmdb.Call> calls = tmdb.calls();
        // 12 searches and 12 details
        assertThat(calls).hasSize(24);
        List<Long> gapsMillis = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            gapsMillis.add((calls.get(i).nanoTime() - calls.get(i - 1).nanoTime()) / 1_000_000);
        }
        // 40 ms apart by the database's clock; one call delayed on its way to the fake shortens the
        // next gap, so the mean is checked against nearly all of it and each gap only against a quarter
        // (without the share the calls would come every 20 ms, the deployment's own spacing)
        double meanGap = (calls.getLast().nanoTime() - calls.getFirst().nanoTime()) / 1e6 / (calls.size() - 1);
        assertThat(meanGap).as("mean gap, ms; gaps: %s", gapsMillis).isGreaterThanOrEqualTo(38);
        assertThat(gapsMillis).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(10));
    }

    private long matched(long id) {
        return jdbc.sql("SELECT count(*) FROM import_rows WHERE job_id = :id AND status = 'matched'")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
