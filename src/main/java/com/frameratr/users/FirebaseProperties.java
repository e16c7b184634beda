package com.frameratr.users;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ID tokens are verified.
 *
 * @param projectId the Firebase project ({@code FIREBASE_PROJECT_ID}); blank = local dev issuer
 * @param jwksUri Google's token-signing keys ({@code FIREBASE_JWKS_URI})
 * @param clockSkew tolerance for {@code exp}, {@code iat} and {@code auth_time}
 * @param keyRefetchInterval least time between two key fetches caused by an unknown {@code kid}
 * @param devTokenLifetime lifetime of tokens from {@code POST /api/dev/token}
 */
@ConfigurationProperties("frameratr.firebase")
record FirebaseProperties(
        @Nullable String projectId,

        @DefaultValue("https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com")
        URI jwksUri,

        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("30s") Duration keyRefetchInterval,
        @DefaultValue("1h") Duration devTokenLifetime) {

    static final String DEV_PROJECT_ID = "frameratr-local";

    boolean devMode() {
        return projectId == null || projectId.isBlank();
    }

    String effectiveProjectId() {
        return devMode() ? DEV_PROJECT_ID : projectId.strip();
    }

    String issuer() {
        return "https://securetoken.google.com/" + effectiveProjectId();
    }
}
