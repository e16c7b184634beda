package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Strong ETags on catalog, title page, list and profile reads; If-None-Match answers 304. */
@IntegrationTest
class ETagTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
    }

    @Test
    void aReadHasAStrongETagAndAMatchingIfNoneMatchIs304WithoutABody() {
        Response first = api.get("/api/movies/155");
        String tag = first.header("ETag");

        Response again = api.get("/api/movies/155", "If-None-Match", tag);
        Response weakly = api.get("/api/movies/155", "If-None-Match", "\"other\", W/" + tag);

        assertThat(tag).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);
        assertThat(weakly.status()).isEqualTo(304);
        assertThat(api.get("/api/movies/155", "If-None-Match", "\"stale\"").status())
                .isEqualTo(200);
    }

    @Test
    void aChangeMovesTheTag() {
        String before = api.get("/api/movies/155").header("ETag");
        String[] ada = DevTokens.bearer(api, "ada");
        api.post("/api/ratings", "{\"movie_id\": 155, \"rating_val\": 8}", ada);

        Response after = api.get("/api/movies/155", "If-None-Match", before);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void aProfilePageHasATagThatAFollowMoves() {
        String[] ada = DevTokens.bearer(api, "ada");
        String handle = api.get("/api/me", ada).json().get("handle").asString();
        Response first = api.get("/api/users/" + handle + "/followers");
        assertThat(api.get("/api/users/" + handle + "/followers", "If-None-Match", first.header("ETag"))
                        .status())
                .isEqualTo(304);

        api.put("/api/users/" + handle + "/follow", "", DevTokens.bearer(api, "grace"));

        Response after = api.get("/api/users/" + handle + "/followers", "If-None-Match", first.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void theTagCoversThePagingHeadersNotOnlyTheBody() {
        Response first = api.get("/api/movies?limit=1");
        fixtures.movie(1, "Zero popularity", 0);

        Response second = api.get("/api/movies?limit=1", "If-None-Match", first.header("ETag"));

        assertThat(second.body()).as("the same first item").isEqualTo(first.body());
        assertThat(second.status()).as("the total moved").isEqualTo(200);
        assertThat(second.header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void aReadersOwnPageHasItsOwnTagAndVariesByAuthorization() {
        String[] ada = DevTokens.bearer(api, "ada");
        Response anonymous = api.get("/api/movies/155");
        Response own = api.get("/api/movies/155", ada);

        assertThat(own.header("ETag")).isNotEqualTo(anonymous.header("ETag"));
        assertThat(String.join(", ", own.raw().headers().allValues("Vary"))).contains("Authorization");
        assertThat(api.get("/api/me", ada).header("ETag")).isNotNull();
    }

    @Test
    void aSharedListHasATagThatMovesWithItsEntries() {
        String[] ada = DevTokens.bearer(api, "ada");
        long id = api.post("/api/lists", "{\"name\": \"Shared\", \"visibility\": \"unlisted\"}", ada)
                .json()
                .get("id")
                .asLong();
        Response page = api.get("/api/lists/" + id);
        Response entries = api.get("/api/lists/" + id + "/entries");

        Response unchanged = api.get("/api/lists/" + id, "If-None-Match", page.header("ETag"));
        api.post("/api/lists/" + id + "/entries", "{\"movie_id\": 155}", ada);
        Response changed = api.get("/api/lists/" + id + "/entries", "If-None-Match", entries.header("ETag"));

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().size()).isEqualTo(1);
    }

    @Test
    void errorsAndWritesHaveNoTag() {
        String[] ada = DevTokens.bearer(api, "ada");

        assertThat(api.get("/api/movies/999").header("ETag")).isNull();
        assertThat(api.post("/api/watchlist/movies/155", "", ada).header("ETag"))
                .isNull();
        assertThat(api.get("/api/movies/999", "If-None-Match", "*").status()).isEqualTo(404);
    }
}
