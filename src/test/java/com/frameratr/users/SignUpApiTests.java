package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import com.frameratr.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first version's sign-up call, POST /users: an idempotent upsert of the signed-in user. */
@IntegrationTest
class SignUpApiTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).deleteAll();
    }

    @Test
    void createsTheProfileFromTheForm() {
        String[] token = DevTokens.bearer(api, "signup-ada");

        var response = api.post(
                "/users",
                Json.object(
                        "uid", "signup-ada",
                        "email", "ada@example.com",
                        "display_name", "Ada Lovelace",
                        "photo_url", "https://example.com/ada.png"),
                token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("uid").asString()).isEqualTo("signup-ada");
        assertThat(response.json().get("display_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(response.json().get("photo_url").asString()).isEqualTo("https://example.com/ada.png");
        assertThat(response.json().get("handle").asString()).isEqualTo("ada_lovelace");
        assertThat(api.get("/api/me", token).json().get("display_name").asString())
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void isIdempotent() {
        String[] token = DevTokens.bearer(api, "signup-twice");
        String form = Json.object("display_name", "Twice");

        var first = api.post("/users", form, token);
        var second = api.post("/users", form, token);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("updated_at")).isEqualTo(first.json().get("updated_at"));
        assertThat(second.json().get("handle")).isEqualTo(first.json().get("handle"));
        assertThat(count("signup-twice")).isEqualTo(1);
    }

    @Test
    void theTokensUidWinsOverTheBodys() {
        String[] mallory = DevTokens.bearer(api, "signup-mallory");

        var response = api.post("/users", Json.object("uid", "signup-victim", "display_name", "Victim"), mallory);

        assertThat(response.json().get("uid").asString()).isEqualTo("signup-mallory");
        assertThat(count("signup-victim")).isZero();
    }

    @Test
    void theTokensEmailWinsOverTheForms() {
        String[] token = DevTokens.bearer(api, "signup-mail");

        var response = api.post("/users", Json.object("email", "someone-else@example.com"), token);

        assertThat(response.json().get("email").asString()).isEqualTo("signup-mail@example.com");
    }

    @Test
    void absentFieldsKeepWhatIsStored() {
        String[] token = DevTokens.bearer(api, "signup-keep");
        api.post("/users", Json.object("display_name", "Kept", "photo_url", "https://example.com/k.png"), token);

        var response = api.post("/users", Json.object("uid", "signup-keep"), token);

        assertThat(response.json().get("display_name").asString()).isEqualTo("Kept");
        assertThat(response.json().get("photo_url").asString()).isEqualTo("https://example.com/k.png");
    }

    @Test
    void needsAValidToken() {
        var response = api.post("/users", Json.object("uid", "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void validatesTheForm() {
        String[] token = DevTokens.bearer(api, "signup-bad");

        assertThat(api.post("/users", Json.object("photo_url", "javascript:alert(1)"), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/users", Json.object("display_name", "\u3000"), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/users", Json.object("email", "not-an-email"), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/users", Json.object("display_name", 5), token).status())
                .isEqualTo(400);
        assertThat(count("signup-bad")).isZero();
    }

    private int count(String uid) {
        return jdbc.sql("SELECT count(*) FROM users WHERE uid = :uid")
                .param("uid", uid)
                .query(Integer.class)
                .single();
    }
}
