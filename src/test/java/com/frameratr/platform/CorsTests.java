package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browsers see our answers only with CORS headers: on every path for the configured origins (also
 * the first version's /users and unknown paths, so the real 404 shows), never for other origins.
 */
@IntegrationTest
class CorsTests {

    static final String APP = "http://localhost:5173";

    @Autowired
    Api api;

    @ParameterizedTest
    @ValueSource(strings = {"/api/movies", "/api/ratings", "/users", "/api/no-such-thing", "/nothing/here"})
    void preflightFromTheWebAppIsAllowedOnEveryPath(String path) {
        var response = preflight(path, APP, "POST", "authorization,content-type");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("3600");
    }

    @Test
    void anUnknownPathAnswers404WithCorsHeaders() {
        String[] token = DevTokens.bearer(api, "cors-ada");
        var api404 = api.send(api.request("/api/no-such-thing", "Origin", APP, token[0], token[1])
                .GET()
                .build());
        var other404 = api.get("/nothing/here", "Origin", APP);

        for (var response : List.of(api404, other404)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        }
    }

    @Test
    void aRefusedTokenAnswers401WithCorsHeadersSoTheAppCanSignInAgain() {
        var response = api.get("/api/me", "Origin", APP, "Authorization", "Bearer expired.or.forged");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @Test
    void answersExposeThePagingAndRequestHeaders() {
        var response = api.get("/api/movies", "Origin", APP);

        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(response.header("Access-Control-Expose-Headers"))
                .contains("Link", "X-Total-Count", "X-Request-Id", "Retry-After");
    }

    @Test
    void anotherOriginGetsA403ProblemAndNoCorsHeaders() {
        var response = preflight("/api/movies", "https://evil.example", "GET", "authorization");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:cors-rejected");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aHeaderOutsideTheAllowListIsRefused() {
        var response = preflight("/api/movies", APP, "GET", "x-forwarded-for");

        assertThat(response.status()).isEqualTo(403);
    }

    private Api.Response preflight(String path, String origin, String method, String headers) {
        return api.send(api.request(
                        path,
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        method,
                        "Access-Control-Request-Headers",
                        headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
