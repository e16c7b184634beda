package com.frameratr.users;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ID tokens are verified; whose tokens is {@link AuthMode}'s decision.
 *
 * @param jwksUri Google's token-signing keys ({@code FIREBASE_JWKS_URI})
 * @param clockSkew tolerance for {@code exp}, {@code iat} and {@code auth_time}
 * @param keyRefetchInterval least time between two key fetches caused by an unknown {@code kid}
 * @param devTokenLifetime lifetime of tokens from {@code POST /api/dev/token}
 */
@ConfigurationProperties("frameratr.firebase")
record FirebaseProperties(
        @DefaultValue("https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com")
        URI jwksUri,

        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("30s") Duration keyRefetchInterval,
        @DefaultValue("1h") Duration devTokenLifetime) {}
