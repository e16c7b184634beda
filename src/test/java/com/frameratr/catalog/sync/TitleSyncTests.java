package com.frameratr.catalog.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.problems.UnavailableException;
import com.frameratr.support.Api;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.Fixtures;
import com.frameratr.support.TmdbIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing titles from the fake TMDb: by id, from list pages, from the command line; idempotent. */
@TmdbIntegrationTest
class TitleSyncTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    TitleSync importer;

    @Autowired
    SyncJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void emptyCatalog() {
        new Fixtures(jdbc).deleteAll();
        tmdb.reset();
    }

    @Test
    void importsAMovieWithItsFieldsAndGenres() {
        SyncOutcome outcome = importer.importTitle(TitleKind.MOVIE, 155);

        assertThat(outcome).isEqualTo(SyncOutcome.CREATED);
        var movie = api.get("/api/movies/155").json();
        assertThat(movie.get("title").asString()).isEqualTo("The Dark Knight");
        assertThat(movie.get("release_date").asString()).isEqualTo("2008-07-16");
        assertThat(movie.get("runtime").asInt()).isEqualTo(152);
        assertThat(movie.get("genres").toString()).isEqualTo("[\"Action\",\"Crime\",\"Drama\",\"Thriller\"]");
    }

    @Test
    void importsATvShowWithNameFirstAirDateAndSeasons() {
        importer.importTitle(TitleKind.TV, 1396);

        var show = jdbc.sql("SELECT title, release_date, number_of_seasons, number_of_episodes, runtime FROM titles"
                        + " WHERE kind = 'tv' AND id = 1396")
                .query()
                .singleRow();
        assertThat(show)
                .containsEntry("title", "Breaking Bad")
                .containsEntry("number_of_seasons", 5)
                .containsEntry("number_of_episodes", 62)
                .containsEntry("runtime", 45);
        assertThat(show.get("release_date").toString()).isEqualTo("2008-01-20");
    }

    @Test
    void unknownIdIsA404() {
        assertThatThrownBy(() -> importer.importTitle(TitleKind.MOVIE, 999_998))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Movie 999998 does not exist on TMDb");
        assertThat(count("titles")).isZero();
    }

    @Test
    void unreachableTmdbIsA503AndWritesNothing() {
        tmdb.always("/movie/4242", Reply.status(500));

        assertThatThrownBy(() -> importer.importTitle(TitleKind.MOVIE, 4242))
                .isInstanceOfSatisfying(
                        UnavailableException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(UnavailableException.Reason.UNAVAILABLE));
        assertThat(count("titles")).isZero();
    }

    @Test
    void importsListPagesCreatingEachTitleOnceAndARerunChangesNothing() {
        // popular: movies 155 27205 603 | 603 680, TV 1396 1399 | 1399 66732 (pages overlap, as TMDb's do)
        int exitCode = command("popular", "--pages", "2");

        assertThat(exitCode).isZero();
        assertThat(titles())
                .containsExactly(
                        "movie 155", "movie 603", "movie 680", "movie 27205", "tv 1396", "tv 1399", "tv 66732");
        assertThat(genresOf("movie", 27205)).containsExactly("Action", "Adventure", "Science Fiction");
        assertThat(genresOf("tv", 1399)).containsExactly("Action & Adventure", "Drama", "Sci-Fi & Fantasy");
        assertThat(output()).contains("[7/7] 100.0%").contains("7 created");
        var before = snapshot();
        int upstreamCalls = tmdb.calls().size();
        out.reset();

        int rerun = command("popular", "--pages", "2");

        assertThat(rerun).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(output()).contains("0 created, 0 refreshed, 7 already up to date");
        assertThat(tmdb.calls()).hasSize(upstreamCalls); // list pages and details all served from the cache
    }

    @Test
    void refreshesAStaleTitleWithoutTouchingUnchangedValues() {
        importer.importTitle(TitleKind.MOVIE, 680);
        jdbc.sql("UPDATE titles SET tmdb_synced_at = now() - interval '30 days', updated_at = '2020-01-01'")
                .update();

        SyncOutcome outcome = importer.importTitle(TitleKind.MOVIE, 680);

        assertThat(outcome).isEqualTo(SyncOutcome.REFRESHED);
        var row = jdbc.sql("SELECT updated_at::date AS updated, tmdb_synced_at > now() - interval '1 minute' AS synced"
                        + " FROM titles WHERE id = 680")
                .query()
                .singleRow();
        assertThat(row).containsEntry("synced", true);
        assertThat(row.get("updated").toString())
                .isEqualTo(LocalDate.of(2020, 1, 1).toString());
    }

    @Test
    void importsIdsFromTheCommandLineAndReportsUnknownOnes() {
        int exitCode = command("movie", "155", "999997");

        assertThat(exitCode).isZero();
        assertThat(titles()).containsExactly("movie 155");
        assertThat(output())
                .contains("1 created")
                .contains("1 not found on TMDb")
                .contains("movie 999997");
    }

    @Test
    void badArgumentsPrintTheUsage() {
        assertThat(command("popular", "--pages", "0")).isEqualTo(2);
        assertThat(command("tv")).isEqualTo(2);
        assertThat(command("everything")).isEqualTo(2);
        assertThat(output()).contains("usage: java -jar frameratr.jar import");
    }

    @Test
    void stopsBetweenTitlesWhenInterrupted() {
        SyncSummary summary = job.run(new SyncPlan.Ids(TitleKind.TV, List.of(1396, 1399)), print(), () -> true);

        assertThat(summary.wasInterrupted()).isTrue();
        assertThat(summary.exitCode()).isEqualTo(130);
        assertThat(count("titles")).isZero();
    }

    private int command(String... args) {
        SyncCommand command = new SyncCommand(job, null);
        return command.run(List.of(args), print(), print());
    }

    private PrintStream print() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> titles() {
        return jdbc.sql("SELECT kind || ' ' || id FROM titles ORDER BY kind, id")
                .query(String.class)
                .list();
    }

    private List<String> genresOf(String kind, int id) {
        return jdbc.sql("""
                        SELECT g.name FROM title_genres tg JOIN genres g ON g.id = tg.genre_id
                        WHERE tg.kind = :kind AND tg.title_id = :id ORDER BY g.name
                        """)
                .param("kind", kind)
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.sql("""
                        SELECT t.*, (SELECT array_agg(genre_id ORDER BY genre_id)::text FROM title_genres tg
                                     WHERE tg.kind = t.kind AND tg.title_id = t.id) AS genre_ids,
                               (SELECT count(*) FROM genres) AS genre_count
                        FROM titles t ORDER BY kind, id
                        """).query().listOfRows();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
