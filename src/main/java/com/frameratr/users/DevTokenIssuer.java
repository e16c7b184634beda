package com.frameratr.users;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Signs Firebase-shaped ID tokens with a key made at start-up, for local runs without a Firebase
 * project. Its key is the only one the service then trusts; with {@code FIREBASE_PROJECT_ID} set it
 * does not exist at all (see {@link AuthMode}), and the production build leaves it out.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(AuthMode.DevIssuerEnabled.class)
final class DevTokenIssuer implements LocalTokenKeys {

    private final RSAKey key;
    private final AuthMode mode;
    private final FirebaseProperties properties;
    private final Clock clock;

    DevTokenIssuer(AuthMode mode, FirebaseProperties properties) {
        this.mode = mode;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID("dev-" + UUID.randomUUID())
                    .generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException("cannot generate the dev signing key", ex);
        }
    }

    @Override
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    String mint(String uid, @Nullable String email, @Nullable String name) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(mode.issuer())
                .audience(mode.effectiveProjectId())
                .subject(uid)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.devTokenLifetime())))
                .claim("auth_time", now.getEpochSecond())
                .claim("user_id", uid);
        if (email != null) {
            claims.claim("email", email).claim("email_verified", true);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException ex) {
            throw new IllegalStateException("cannot sign a dev token", ex);
        }
        return jwt.serialize();
    }
}
