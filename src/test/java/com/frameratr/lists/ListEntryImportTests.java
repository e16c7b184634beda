package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An entry of a title not yet in the catalog imports it from TMDb first, or writes nothing. */
@TmdbIntegrationTest
class ListEntryImportTests {

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    ListFixtures lists;
    String[] ada;
    long list;

    @BeforeEach
    void emptyCatalog() {
        new Fixtures(jdbc).deleteAll();
        tmdb.reset();
        lists = new ListFixtures(api, jdbc);
        ada = DevTokens.bearer(api, "import-ada");
        list = lists.create(ada, "Imports", "public");
    }

    @Test
    void aMovieOrATvShowUnknownHereIsImported() {
        Response movie = api.post("/api/lists/" + list + "/entries", Json.object("movie_id", 680), ada);
        Response tv = api.post("/api/lists/" + list + "/entries", Json.object("tv_id", 1396), ada);

        assertThat(movie.status()).as(movie.body()).isEqualTo(201);
        assertThat(movie.json().get("title").asString()).isEqualTo("Pulp Fiction");
        assertThat(tv.status()).as(tv.body()).isEqualTo(201);
        assertThat(tv.json().get("name").asString()).isEqualTo("Breaking Bad");
        assertThat(tv.json().get("position").asInt()).isEqualTo(2);
    }

    @Test
    void anIdUnknownToTmdbIs404AndWritesNothing() {
        Response response = api.post("/api/lists/" + list + "/entries", Json.object("movie_id", 999999), ada);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo("Movie 999999 does not exist on TMDb");
        assertThat(lists.count("user_list_items") + lists.count("titles")).isZero();
    }

    @Test
    void tmdbDownIs503AndWritesNothing() {
        tmdb.always("/tv/424242", Reply.status(503));

        Response response = api.post("/api/lists/" + list + "/entries", Json.object("tv_id", 424242), ada);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(lists.count("user_list_items") + lists.count("titles")).isZero();
    }

    @Test
    void aStrangersListIs404BeforeAnyTmdbCall() {
        Response response = api.post(
                "/api/lists/" + list + "/entries", Json.object("movie_id", 680), DevTokens.bearer(api, "stranger"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(tmdb.calls("/movie/680")).isEmpty();
        assertThat(lists.count("titles")).isZero();
    }
}
