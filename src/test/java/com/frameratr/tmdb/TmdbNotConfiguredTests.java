package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plain test context has no TMDB_TOKEN. */
@IntegrationTest
class TmdbNotConfiguredTests {

    @Autowired
    Api api;

    @Test
    void proxyAnswers503TellingHowToConfigureTmdb() {
        var response = api.get("/api/tmdb/popular/movies");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("TMDB_TOKEN");
        assertThat(response.json().get("type").asString()).endsWith("tmdb-not-configured");
    }

    @Test
    void catalogKeepsWorking() {
        assertThat(api.get("/api/movies").status()).isEqualTo(200);
        assertThat(api.get("/api/tv").status()).isEqualTo(200);
    }
}
