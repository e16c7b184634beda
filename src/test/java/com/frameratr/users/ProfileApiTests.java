package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One's profile and account through the API: created from the token, edited, validated, deleted. */
@IntegrationTest
class ProfileApiTests {

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
        ada = DevTokens.bearer(api, "ada");
        grace = DevTokens.bearer(api, "grace");
    }

    @Test
    void theProfileIsCreatedFromTheTokenAndEditable() {
        assertThat(api.get("/api/me", ada).json().get("display_name").asString())
                .isEqualTo("ada");

        Response patched = api.patch("/api/me", Json.object("display_name", "Ada L.", "bio", "Noir."), ada);
        Response again = api.get("/api/me", ada);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(again.json().get("display_name").asString()).isEqualTo("Ada L.");
        assertThat(again.json().get("bio").asString()).isEqualTo("Noir.");
    }

    @Test
    void invalidProfileChangesAre400AndChangeNothing() {
        Response blank = api.patch("/api/me", Json.object("display_name", "   "), ada);
        Response long_ = api.patch("/api/me", Json.object("display_name", "x".repeat(101)), ada);
        Response script = api.patch("/api/me", Json.object("photo_url", "javascript:alert(1)"), ada);
        Response number = api.patch("/api/me", Json.object("bio", 5), ada);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asString()).isEqualTo("display_name: must not be blank");
        assertThat(long_.status()).isEqualTo(400);
        assertThat(long_.json().get("detail").asString()).isEqualTo("display_name: size must be between 1 and 100");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().get("detail").asString()).isEqualTo("photo_url: must be an https URL");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("type").asString()).isEqualTo("urn:frameratr:problem:invalid-body");
        var profile = api.get("/api/me", ada).json();
        assertThat(profile.get("display_name").asString()).isEqualTo("ada");
        assertThat(profile.get("photo_url").isNull()).isTrue();
    }

    @Test
    void deletingTheAccountRemovesItsDataAndCorrectsStatistics() {
        api.put("/api/movies/155/rating", Json.object("rating_val", 2), ada);
        api.put("/api/movies/155/rating", Json.object("rating_val", 9), grace);
        api.post("/api/reviews", Json.object("movie_id", 155, "body", "Meh."), ada);
        api.post("/api/favorites/movies/155", "", ada);

        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);

        var movie = api.get("/api/movies/155").json();
        assertThat(movie.get("user_rating_count").asInt()).isEqualTo(1);
        assertThat(movie.get("user_rating_avg").decimalValue()).isEqualByComparingTo("9.0");
        assertThat(api.get("/api/movies/155/reviews").json().size()).isZero();
        assertThat(count("users WHERE uid = 'ada'")).isZero();
        assertThat(count("favorites")).isZero();
        assertThat(api.delete("/api/me", ada).status()).as("deleting again").isEqualTo(200);
    }

    @Test
    void aDeletedAccountThatWritesAgainGetsItsRowBackWithEveryKindOfWrite() {
        // the writes go straight to the table and create the user's row only when the foreign key
        // says it is missing (ReferencedRows)
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.put("/api/movies/155/rating", Json.object("rating_val", 7), ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.post("/api/reviews", Json.object("movie_id", 155, "body", "Again."), ada)
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/me", ada).status()).isEqualTo(200);
        assertThat(api.post("/api/favorites/movies/155", "", ada).status()).isEqualTo(200);

        assertThat(count("favorites")).isEqualTo(1);
        assertThat(count("reviews") + count("ratings")).isZero();
        assertThat(count("users WHERE uid = 'ada'")).isEqualTo(1);
        assertThat(api.get("/api/movies/155").json().get("user_rating_count").asInt())
                .isZero();
    }

    @Test
    void writesWithoutATokenAre401AndWriteNothing() {
        Response rating = api.post("/api/ratings", Json.object("movie_id", 155, "rating_val", 5));
        Response profile = api.patch("/api/me", Json.object("bio", "Nobody."));

        assertThat(rating.status()).isEqualTo(401);
        assertThat(profile.status()).isEqualTo(401);
        assertThat(count("ratings") + count("users")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Response response = api.send(api.request("/api/ratings", ada)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("movie_id=155"))
                .build());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(count("ratings")).isZero();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
