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
@TestPropertySource(properties = "frameratr.recommendations.signals-per-user=2")
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
