package com.frameratr.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A request folds in only the user's most recent signals of each kind (here 2); what it did not
 * read is still never recommended, because the best candidates are checked against the tables.
 */
@IntegrationTest
@TestPropertySource(properties = {"frameratr.recommendations.signals-per-user=2", "frameratr.limits.hidden-titles=2"})
class TasteModelBoundedReadTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModelRebuild rebuild;

    @Autowired
    CurrentModel current;

    @AfterEach
    void noModelForTheNextTest() {
        jdbc.sql("TRUNCATE recommendation_models CASCADE").update();
        current.refresh();
    }

    @Test
    void pastHiddenTitlesTheNextHideIsA409AndAHiddenOneCanBeHiddenAgain() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        TasteModelApiTests.twoTasteClusters(fixtures);
        String[] ada = DevTokens.bearer(api, "ada");
        for (int id : List.of(9001, 9002)) {
            assertThat(api.post("/api/recommendations/movies/" + id + "/hide", "", ada)
                            .status())
                    .isEqualTo(200);
        }

        Response third = api.post("/api/recommendations/movies/9003/hide", "", ada);
        Response again = api.post("/api/recommendations/movies/9001/hide", "", ada);

        assertThat(third.status()).as(third.body()).isEqualTo(409);
        assertThat(third.json().get("type").asString()).isEqualTo("urn:frameratr:problem:limit-exceeded");
        assertThat(third.json().get("limit").asString()).isEqualTo("hidden_titles");
        assertThat(again.status()).as("idempotent at the limit").isEqualTo(200);
        assertThat(jdbc.sql("SELECT title_id FROM recommendation_hides ORDER BY title_id")
                        .query(Integer.class)
                        .list())
                .containsExactly(9001, 9002);
    }

    @Test
    void titlesBeyondTheSignalsReadAreStillNeverRecommended() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        TasteModelApiTests.twoTasteClusters(fixtures);
        String[] ada = DevTokens.bearer(api, "ada");
        // three ratings and three watchlist titles of cluster A: one of each is older than the read
        for (int id : TasteModelApiTests.A.subList(0, 3)) {
            assertThat(api.put("/api/movies/" + id + "/rating", Json.object("rating_val", 9), ada)
                            .status())
                    .isEqualTo(200);
        }
        for (int id : TasteModelApiTests.A.subList(3, 6)) {
            assertThat(api.post("/api/watchlist/movies/" + id, "", ada).status())
                    .isEqualTo(200);
        }
        rebuild.rebuild();

        Response response = api.get("/api/recommendations?limit=50", ada);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Integer> ids = StreamSupport.stream(
                        response.json().get("recommendations").spliterator(), false)
                .map(item -> item.get("id").asInt())
                .toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(TasteModelApiTests.B);
    }
}
