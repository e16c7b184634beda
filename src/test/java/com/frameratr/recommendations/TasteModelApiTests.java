package com.frameratr.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import com.frameratr.tmdb.TmdbCacheReset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The own taste model end to end: two taste clusters of users in the database, a rebuild, and the
 * answers of {@code /api/recommendations} and {@code /similar} that follow from them.
 */
@TmdbIntegrationTest
class TasteModelApiTests {

    /** Cluster A's titles; the users of cluster A rate them 9 and cluster B's 2. */
    static final List<Integer> A = List.of(9001, 9002, 9003, 9004, 9005, 9006);

    static final List<Integer> B = List.of(9101, 9102, 9103, 9104, 9105, 9106);

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ModelRebuild rebuild;

    @Autowired
    CurrentModel current;

    @Autowired
    ModelRepository models;

    @Autowired
    SignalRepository signals;

    @Autowired
    RecommendationProperties properties;

    Fixtures fixtures;

    String[] ada;

    @BeforeEach
    void twoTasteClusters() {
        fixtures = new Fixtures(jdbc);
        fixtures.deleteAll();
        tmdb.reset();
        TmdbCacheReset.clear(context);
        twoTasteClusters(fixtures);
        ada = DevTokens.bearer(api, "ada");
        for (int id : A.subList(0, 3)) {
            assertThat(rate(ada, id, 9).status()).isEqualTo(200);
        }
    }

    /** Eight fans of each cluster, each with all of their cluster but one and one title of the other. */
    static void twoTasteClusters(Fixtures fixtures) {
        for (int i = 0; i < A.size(); i++) {
            fixtures.movie(A.get(i), "Cluster A " + i, 10 + i);
            fixtures.movie(B.get(i), "Cluster B " + i, 10 + i);
        }
        for (int u = 0; u < 8; u++) {
            fixtures.user("a-fan-" + u, "A fan");
            fixtures.user("b-fan-" + u, "B fan");
            for (int i = 0; i < A.size(); i++) {
                // each fan has seen all of their cluster but one, and one title of the other
                if (i != u % A.size()) {
                    fixtures.rating("a-fan-" + u, "movie", A.get(i), "9");
                    fixtures.rating("b-fan-" + u, "movie", B.get(i), "9");
                }
            }
            fixtures.rating("a-fan-" + u, "movie", B.get(u % B.size()), "2");
            fixtures.rating("b-fan-" + u, "movie", A.get(u % A.size()), "2");
        }
    }

    @AfterEach
    void noModelForTheNextTest() {
        jdbc.sql("TRUNCATE recommendation_models CASCADE").update();
        current.refresh();
    }

    @Test
    void recommendsTheUnseenTitlesOfTheUsersTasteFirstEachWithItsReason() {
        rebuild.rebuild();

        Response response = api.get("/api/recommendations", ada);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.json().get("recommendations");
        assertThat(ids(response).subList(0, 3)).containsExactlyInAnyOrderElementsOf(A.subList(3, 6));
        assertThat(ids(response).subList(3, ids(response).size())).allMatch(B::contains);
        JsonNode first = items.get(0);
        assertThat(first.get("source").asString()).isEqualTo("frameratr");
        assertThat(first.get("media_type").asString()).isEqualTo("movie");
        assertThat(first.get("title").asString()).startsWith("Cluster A ");
        assertThat(first.get("reason").get("type").asString()).isEqualTo("because_you_rated");
        assertThat(first.get("reason").get("title").get("id").asInt())
                .isIn(A.subList(0, 3).toArray());
        assertThat(response.json().get("based_on_favorites").asInt()).isZero();
        assertThat(response.json().get("message").isNull()).isTrue();
    }

    @Test
    void aNewRatingMovesTheNextAnswerWithoutARebuild() {
        String[] cy = DevTokens.bearer(api, "cy");
        for (int id : List.of(9101, 9102, 9103)) {
            rate(cy, id, 9);
        }
        rebuild.rebuild();
        assertThat(B).contains(ids(api.get("/api/recommendations", cy)).getFirst());

        // cy turns out to love cluster A more: four 10s and the B titles now under the mean
        for (int id : List.of(9001, 9002, 9003, 9004)) {
            rate(cy, id, 10);
        }
        for (int id : List.of(9101, 9102, 9103)) {
            rate(cy, id, 4);
        }

        List<Integer> next = ids(api.get("/api/recommendations", cy));
        assertThat(next.subList(0, 2)).containsExactlyInAnyOrder(9005, 9006);
    }

    @Test
    void aHiddenTitleNeverComesBackUntilShown() {
        rebuild.rebuild();
        assertThat(api.post("/api/recommendations/movies/9004/hide", "", ada).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(api.post("/api/recommendations/movies/9004/hide", "", ada).status())
                .isEqualTo(200);

        assertThat(ids(api.get("/api/recommendations", ada)))
                .doesNotContain(9004)
                .contains(9005, 9006);
        rebuild.rebuild();
        assertThat(ids(api.get("/api/recommendations?limit=50", ada))).doesNotContain(9004);

        assertThat(api.delete("/api/recommendations/movies/9004/hide", ada).body())
                .isEqualTo("{\"ok\":true}");
        assertThat(ids(api.get("/api/recommendations", ada))).contains(9004);
    }

    @Test
    void neverRecommendsWhatTheUserRatedLoggedFavoritedOrWatchlisted() {
        rebuild.rebuild();
        api.post("/api/diary", "{\"movie_id\": 9004, \"watched_on\": \"2026-11-01\"}", ada);
        api.post("/api/favorites/movies/9005", "", ada);
        api.post("/api/watchlist/movies/9006", "", ada);

        List<Integer> ids = ids(api.get("/api/recommendations?limit=50", ada));

        assertThat(ids).containsExactlyInAnyOrderElementsOf(B);
    }

    @Test
    void aColdStartGetsTmdbsRecommendationsForItsFavoritesFirst() {
        String[] dee = DevTokens.bearer(api, "dee");
        assertThat(api.post("/api/favorites/movies/550", "", dee).status()).isEqualTo(200);
        rebuild.rebuild();

        Response response = api.get("/api/recommendations", dee);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        // TMDb recommends 155 and 27205 for 550; one favorite is below the model's three signals
        assertThat(ids(response).subList(0, 2)).containsExactly(155, 27205);
        JsonNode first = response.json().get("recommendations").get(0);
        assertThat(first.get("source").asString()).isEqualTo("tmdb");
        assertThat(first.get("reason").get("type").asString()).isEqualTo("tmdb");
        assertThat(first.get("reason").get("title").get("id").asInt()).isEqualTo(550);
        assertThat(response.json().get("based_on_favorites").asInt()).isEqualTo(1);
    }

    @Test
    void withoutAModelTheWarmUserStillGetsTmdbsAnswerAndNothingElse() {
        api.post("/api/favorites/movies/550", "", ada);

        Response response = api.get("/api/recommendations", ada);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(155, 27205);
    }

    @Test
    void readersDuringThreeRebuildsAllGetTheSameTopThree() throws Exception {
        rebuild.rebuild();
        long first = current.get().orElseThrow().id();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        int[] answered = new int[4];
        for (int r = 0; r < 4; r++) {
            int reader = r;
            readers.add(Thread.ofPlatform().start(() -> {
                while (!done.get()) {
                    Response response = api.get("/api/recommendations", ada);
                    List<Integer> top = response.status() == 200 ? ids(response).subList(0, 3) : List.of();
                    if (response.status() != 200 || !A.subList(3, 6).containsAll(top)) {
                        failures.add(response.status() + " " + response.body());
                    }
                    answered[reader]++;
                }
            }));
        }
        for (int i = 0; i < 3; i++) {
            rebuild.rebuild();
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(failures).isEmpty();
        assertThat(java.util.Arrays.stream(answered).min().orElseThrow()).isPositive();
        assertThat(current.get().orElseThrow().id()).isEqualTo(first + 3);
        assertThat(jdbc.sql("SELECT id FROM recommendation_models ORDER BY id")
                        .query(Long.class)
                        .list())
                .as("the newest model and the one before it")
                .containsExactly(first + 2, first + 3);
    }

    @Test
    void similarTitlesComeFromOurUsersThenFromTmdb() {
        // in the catalog, but nobody did anything with it
        fixtures.movie(680, "Pulp Fiction", 50);
        rebuild.rebuild();

        Response own = api.get("/api/movies/9001/similar?limit=5");
        Response fallback = api.get("/api/movies/680/similar");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("source").asString()).isEqualTo("frameratr");
        List<Integer> similar = StreamSupport.stream(own.json().get("results").spliterator(), false)
                .map(card -> card.get("id").asInt())
                .toList();
        assertThat(similar).containsExactlyInAnyOrder(9002, 9003, 9004, 9005, 9006);
        assertThat(fallback.status()).as(fallback.body()).isEqualTo(200);
        assertThat(fallback.json().get("source").asString()).isEqualTo("tmdb");
        assertThat(fallback.json().get("results").get(0).get("id").asInt()).isEqualTo(155);
    }

    @Test
    void anotherInstanceStillServingAnOlderModelAnswersWhileRebuildsReplaceIt() {
        rebuild.rebuild();
        CurrentModel elsewhere = new CurrentModel(models);
        elsewhere.refresh();
        long old = elsewhere.get().orElseThrow().id();
        TasteRecommender other = new TasteRecommender(elsewhere, signals, properties);
        TasteRecommender.Answer before = other.recommend("ada", com.frameratr.catalog.TitleKind.MOVIE, 3);

        // two rebuilds: the old model's rows are gone, the other instance has not refreshed yet
        rebuild.rebuild();
        rebuild.rebuild();
        TasteRecommender.Answer answer = other.recommend("ada", com.frameratr.catalog.TitleKind.MOVIE, 3);
        elsewhere.refresh();

        assertThat(jdbc.sql("SELECT count(*) FROM recommendation_models WHERE id = :id")
                        .param("id", old)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(answer.picks())
                .extracting(pick -> pick.title().id())
                .containsExactlyInAnyOrderElementsOf(A.subList(3, 6));
        // the served model is whole in memory, its neighbours too: the same reasons as before
        assertThat(answer.picks()).isEqualTo(before.picks());
        assertThat(answer.picks())
                .extracting(TasteRecommender.Pick::reason)
                .contains(TasteRecommender.ReasonType.BECAUSE_YOU_RATED);
        assertThat(elsewhere.get().orElseThrow().id()).isEqualTo(old + 2);
    }

    @Test
    void aNewModelWhoseNeighboursCannotBeReadIsNotServedAndTheServedOneStays() {
        rebuild.rebuild();
        CurrentModel here = new CurrentModel(models);
        here.refresh();
        long served = here.get().orElseThrow().id();
        rebuild.rebuild();

        // the factors of the new model read, its neighbours not: nothing half-loaded is swapped in
        jdbc.sql("ALTER TABLE title_similarities RENAME TO title_similarities_away")
                .update();
        try {
            assertThatThrownBy(here::refresh).isInstanceOf(DataAccessException.class);
            assertThat(here.get().orElseThrow().id()).isEqualTo(served);
        } finally {
            jdbc.sql("ALTER TABLE title_similarities_away RENAME TO title_similarities")
                    .update();
        }
        here.refresh();

        TasteModel now = here.get().orElseThrow();
        assertThat(now.id()).isEqualTo(served + 1);
        assertThat(now.neighbours().k()).isPositive();
    }

    @Test
    void similarTitlesWhenTmdbFailsAreTheTmdbErrorProblem() {
        fixtures.movie(680, "Pulp Fiction", 50);
        tmdb.always("/movie/680", FakeTmdb.Reply.status(500));

        Response response = api.get("/api/movies/680/similar");

        // TMDb's 5xx after the retries, as everywhere (docs/tmdb.md)
        assertThat(response.status()).as(response.body()).isEqualTo(502);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:tmdb-error");
    }

    @Test
    void hidingATitleTmdbDoesNotKnowIsA404AndWritesNothing() {
        tmdb.always("/movie/424242", FakeTmdb.Reply.status(404));

        Response response = api.post("/api/recommendations/movies/424242/hide", "", ada);

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM recommendation_hides")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownTitlesKindsAndIdsAreProblems() {
        assertThat(api.get("/api/movies/424242/similar").status()).isEqualTo(404);
        assertThat(api.get("/api/movies/9001/similar?limit=21").status()).isEqualTo(400);
        Response badKind = api.get("/api/recommendations?kind=books", ada);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).isEqualTo("application/problem+json");
        assertThat(api.post("/api/recommendations/movies/0/hide", "", ada).status())
                .isEqualTo(400);
        assertThat(api.post("/api/recommendations/books/1/hide", "", ada).status())
                .isEqualTo(404);
        assertThat(api.post("/api/recommendations/movies/9001/hide", "").status())
                .isEqualTo(401);
    }

    private Response rate(String[] user, int id, int value) {
        return api.put("/api/movies/" + id + "/rating", Json.object("rating_val", value), user);
    }

    private static List<Integer> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("recommendations").spliterator(), false)
                .map(item -> item.get("id").asInt())
                .toList();
    }
}
