package com.frameratr.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import com.frameratr.support.Fixtures;
import com.frameratr.support.Json;
import com.frameratr.support.TmdbIntegrationTest;
import com.frameratr.tmdb.TmdbCacheReset;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Recommendations merged from TMDb's for the user's favorites, ranked, without what the user knows. */
@TmdbIntegrationTest
class RecommendationApiTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final FakeTmdb tmdb = FakeTmdb.start();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    String[] user;

    @BeforeEach
    void emptyCatalog() {
        new Fixtures(jdbc).deleteAll();
        tmdb.reset();
        // the stored details of 550 and 680 (another test's recommendations) must not answer here
        TmdbCacheReset.clear(context);
        user = DevTokens.bearer(api, "recommended");
    }

    @Test
    void withoutFavoritesSaysHowToGetRecommendations() {
        Response response = api.get("/api/recommendations", user);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("based_on_favorites").asInt()).isZero();
        assertThat(response.json().get("recommendations").size()).isZero();
        assertThat(response.json().get("message").asString()).contains("favorite");
    }

    @Test
    void mergesRecommendationsOfFavoritesWithoutFavoritedOrRatedMovies() {
        // TMDb recommends 155 and 27205 for both 550 and 680
        api.post("/api/favorites/movies/550", "", user);
        api.post("/api/favorites/movies/680", "", user);
        api.put("/api/movies/27205/rating", Json.object("rating_val", 6), user);

        Response response = api.get("/api/recommendations", user);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("based_on_favorites").asInt()).isEqualTo(2);
        List<Integer> ids = StreamSupport.stream(
                        response.json().get("recommendations").spliterator(), false)
                .map(movie -> movie.get("id").asInt())
                .toList();
        assertThat(ids).containsExactly(155);
        assertThat(response.json().get("recommendations").get(0).get("title").asString())
                .isEqualTo("The Dark Knight");
    }

    @Test
    void aMovieRecommendedForMoreFavoritesRanksFirstThenTheMorePopular() throws IOException {
        recommends(550, recommendation(10, "Everywhere", 5.0), recommendation(11, "Twice", 50.0));
        recommends(680, recommendation(10, "Everywhere", 5.0), recommendation(12, "Popular once", 90.0));
        recommends(
                603,
                recommendation(10, "Everywhere", 5.0),
                recommendation(11, "Twice", 50.0),
                recommendation(13, "Most popular once", 95.0));
        for (int favorite : List.of(550, 680, 603)) {
            assertThat(api.post("/api/favorites/movies/" + favorite, "", user).status())
                    .isEqualTo(200);
        }

        Response all = api.get("/api/recommendations", user);
        Response top = api.get("/api/recommendations?limit=2", user);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(ids(all)).containsExactly(10, 11, 13, 12);
        assertThat(all.json().get("recommendations").get(0).get("title").asString())
                .isEqualTo("Everywhere");
        assertThat(all.json().get("based_on_favorites").asInt()).isEqualTo(3);
        assertThat(ids(top)).containsExactly(10, 11);
    }

    @Test
    void needsAToken() {
        assertThat(api.get("/api/recommendations").status()).isEqualTo(401);
    }

    /** TMDb's details of {@code favorite} (the stored file) with these recommendations instead of its own. */
    private void recommends(int favorite, ObjectNode... recommendations) throws IOException {
        ObjectNode details;
        try (InputStream file = getClass().getResourceAsStream("/tmdb/movie-" + favorite + ".json")) {
            details = (ObjectNode) MAPPER.readTree(file);
        }
        ArrayNode results = ((ObjectNode) details.get("recommendations")).putArray("results");
        for (ObjectNode recommendation : recommendations) {
            results.add(recommendation);
        }
        tmdb.always("/movie/" + favorite, Reply.ok(MAPPER.writeValueAsString(details)));
    }

    private static ObjectNode recommendation(int id, String title, double popularity) {
        return MAPPER.createObjectNode()
                .put("id", id)
                .put("title", title)
                .put("media_type", "movie")
                .put("popularity", popularity)
                .put("vote_average", 7.0)
                .put("release_date", "2001-01-01");
    }

    private static List<Integer> ids(Response response) {
        return StreamSupport.stream(response.json().get("recommendations").spliterator(), false)
                .map(movie -> movie.get("id").asInt())
                .toList();
    }
}
