package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.FakeGoogleKeys;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Google's key endpoint unreachable and no keys cached: tokens cannot be checked, which is a 503, not a 401 or 500. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "frameratr.firebase.project-id=" + FakeGoogleKeys.PROJECT_ID,
            "frameratr.firebase.jwks-uri=http://127.0.0.1:9/jwks"
        })
class FirebaseKeysUnavailableTests {

    @Autowired
    Api api;

    @Test
    void protectedEndpointsAnswer503WithRetryAfter() {
        String token = FakeGoogleKeys.sign(FakeGoogleKeys.newKey(), FakeGoogleKeys.validClaims("ada"), c -> {});

        var response = api.get("/api/me", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(api.get("/api/movies").status()).isEqualTo(200);
    }
}
