package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.DevTokens;
import com.frameratr.support.FakeGoogleKeys;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Local default (no FIREBASE_PROJECT_ID): the service issues and accepts only its own dev tokens. */
@IntegrationTest
class DevIssuerTests {

    @Autowired
    Api api;

    @Test
    void mintedTokenWorksOnProtectedEndpoints() {
        var me = api.get("/api/me", DevTokens.bearer(api, "dev-ada"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("uid").asString()).isEqualTo("dev-ada");
        assertThat(me.json().get("email").asString()).isEqualTo("dev-ada@example.com");
    }

    @Test
    void tokenFromAnyOtherKeyIsRejected() {
        String foreign = FakeGoogleKeys.sign(
                FakeGoogleKeys.newKey(),
                FakeGoogleKeys.validClaims("x"),
                c -> c.issuer("https://securetoken.google.com/frameratr-local").audience("frameratr-local"));

        assertThat(api.get("/api/me", "Authorization", "Bearer " + foreign).status())
                .isEqualTo(401);
    }

    @Test
    void mintingValidatesItsInput() {
        assertThat(api.post("/api/dev/token", "{\"uid\": \"\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/dev/token", "{\"uid\": \"" + "u".repeat(129) + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/dev/token", "{\"uid\": \"a\", \"email\": \"not-an-email\"}")
                        .status())
                .isEqualTo(400);
    }
}
