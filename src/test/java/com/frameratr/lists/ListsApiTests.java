package com.frameratr.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's lists through the API: names, counts, the limit of 100, and privacy. */
@IntegrationTest
class ListsApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    String[] ada;
    String[] grace;

    @BeforeEach
    void seed() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        fixtures.movie(155, "The Dark Knight", 90);
        fixtures.movie(27205, "Inception", 80);
        ada = DevTokens.bearer(api, "list-ada");
        grace = DevTokens.bearer(api, "list-grace");
    }

    @Test
    void myListsShowNameAndMovieCount() {
        long id = api.post("/api/lists", Json.object("name", "Nolan"), ada)
                .json()
                .get("id")
                .asLong();
        api.post("/api/lists/" + id + "/movies/155", "", ada);
        api.post("/api/lists/" + id + "/movies/155", "", ada);
        api.post("/api/lists/" + id + "/movies/27205", "", ada);

        var mine = api.get("/api/lists/mine", ada).json();

        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("name").asString()).isEqualTo("Nolan");
        assertThat(mine.get(0).get("movie_count").asInt()).isEqualTo(2);
        assertThat(api.post("/api/lists", Json.object("name", "Nolan"), ada)
                        .json()
                        .get("id")
                        .asLong())
                .isEqualTo(id);
    }

    @Test
    void othersListsAreInvisibleAndUntouchable() {
        long id = api.post("/api/lists", Json.object("name", "Private"), ada)
                .json()
                .get("id")
                .asLong();

        assertThat(api.get("/api/lists/mine", grace).json().size()).isZero();
        assertThat(api.post("/api/lists/" + id + "/movies/155", "", grace).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/lists/" + id, grace).status()).isEqualTo(404);
        assertThat(api.delete("/api/lists/" + id, ada).status()).isEqualTo(200);
    }

    @Test
    void creatingAnExistingNameIsIdempotentEvenAtTheLimit() {
        long first = createList(ada, "List 0");
        for (int i = 1; i < 100; i++) {
            createList(ada, "List " + i);
        }

        var again = api.post("/api/lists", Json.object("name", "List 0"), ada);
        var tooMany = api.post("/api/lists", Json.object("name", "List 100"), ada);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(first);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
        var problem = tooMany.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:frameratr:problem:limit-exceeded");
        assertThat(problem.get("limit").asString()).isEqualTo("lists_per_user");
        assertThat(problem.get("max").asInt()).isEqualTo(100);
        assertThat(problem.get("detail").asString())
                .isEqualTo("Limit lists_per_user reached: the lists a user may have (at most 100)");
    }

    @Test
    void theLimitHoldsUnderConcurrentCreates() throws Exception {
        for (int i = 0; i < 95; i++) {
            createList(ada, "Old " + i);
        }
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "New " + i;
            creates.add(
                    () -> api.post("/api/lists", Json.object("name", name), ada).status());
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var result : pool.invokeAll(creates)) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        assertThat(api.get("/api/lists/mine", ada).json().size()).isEqualTo(100);
    }

    @Test
    void aNameOfOnlyUnicodeWhiteSpaceIs400() {
        for (String blank : List.of("\u00a0", "\u3000\u2003", "\u200b", " \t\n")) {
            var response = api.post("/api/lists", Json.object("name", blank), ada);

            assertThat(response.status()).as("%s", blank.codePoints().toArray()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("name");
        }
    }

    @Test
    void namesAreStoredWithoutInvisibleEdges() {
        long id = createList(ada, "\u00a0Nolan\u3000");

        assertThat(createList(ada, "Nolan")).isEqualTo(id);
        assertThat(api.get("/api/lists/mine", ada).json().get(0).get("name").asString())
                .isEqualTo("Nolan");
    }

    private long createList(String[] user, String name) {
        var response = api.post("/api/lists", Json.object("name", name), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("id").asLong();
    }

    @Test
    void listNamesAreValidated() {
        var blank = api.post("/api/lists", Json.object("name", "  "), ada);
        var missing = api.post("/api/lists", "{}", ada);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.get("/api/lists/mine").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM user_lists")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void myListsAreNewestFirstAndMineOnly() {
        long first = createList(ada, "Noir");
        long second = createList(ada, "Ghibli");
        createList(grace, "Grace's");

        var mine = api.get("/api/lists/mine", ada).json();

        assertThat(mine.size()).isEqualTo(2);
        assertThat(mine.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(mine.get(1).get("id").asLong()).isEqualTo(first);
        assertThat(api.get("/api/lists/mine", grace).json().get(0).get("name").asString())
                .isEqualTo("Grace's");
    }
}
