package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {"frameratr.limits.write-burst=3", "frameratr.limits.writes-per-minute=6"})
class WriteRateLimitTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesOverTheBurstAre429WithRetryAfterPerUser() {
        new Fixtures(jdbc).movie(603, "The Matrix", 50);
        String[] flooder = DevTokens.bearer(api, "flooder");
        String[] neighbour = DevTokens.bearer(api, "neighbour");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/favorites/movies/603", "", flooder).status())
                    .isEqualTo(200);
        }

        Response limited = api.post("/api/favorites/movies/603", "", flooder);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 10);
        assertThat(api.get("/api/favorites/movies", flooder).status()).isEqualTo(200);
        assertThat(api.post("/api/favorites/movies/603", "", neighbour).status())
                .isEqualTo(200);
    }
}
