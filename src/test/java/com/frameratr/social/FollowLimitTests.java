package com.frameratr.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.Fixtures;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** follows_per_user bounds follows and requests together, is stated in /api/me/limits, and a refused follow writes nothing. */
@IntegrationTest
@TestPropertySource(properties = "frameratr.limits.follows-per-user=2")
class FollowLimitTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        new Fixtures(jdbc).deleteAll();
    }

    @Test
    void theThirdFollowIsA409NamingTheLimitAndRequestsCount() {
        String[] fan = DevTokens.bearer(api, "fan");
        for (String uid : new String[] {"ada", "bob", "carol"}) {
            api.get("/api/me", DevTokens.bearer(api, uid));
        }
        api.patch("/api/me", "{\"privacy\": \"private\"}", DevTokens.bearer(api, "bob"));
        assertThat(api.get("/api/me/limits", fan)
                        .json()
                        .get("stored")
                        .get("follows_per_user")
                        .asInt())
                .isEqualTo(2);

        assertThat(api.put("/api/users/ada/follow", "", fan).body()).isEqualTo("{\"status\":\"following\"}");
        assertThat(api.put("/api/users/bob/follow", "", fan).body()).isEqualTo("{\"status\":\"requested\"}");
        Api.Response third = api.put("/api/users/carol/follow", "", fan);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("type").asString()).isEqualTo("urn:frameratr:problem:limit-exceeded");
        assertThat(third.json().get("limit").asString()).isEqualTo("follows_per_user");
        assertThat(third.json().get("max").asInt()).isEqualTo(2);
        assertThat(api.put("/api/users/ada/follow", "", fan).status())
                .as("following again is no new follow")
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM follows").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT followers FROM follow_counts WHERE uid = 'carol'")
                        .query(Integer.class)
                        .optional())
                .as("the refused follow left no count behind")
                .isEmpty();
    }
}
