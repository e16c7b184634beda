package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.FakeGoogleKeys;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A verified token is remembered by its exact text, never past its exp or the cache's lifetime. */
class VerifiedTokenCacheTests {

    private final FakeGoogleKeys google = start();
    private Instant now = Instant.now();
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    // every signature check asks the key source for the token's key: its calls count verifications
    private final AtomicInteger verifications = new AtomicInteger();
    private final GoogleKeySource keys =
            new GoogleKeySource(URI.create(google.jwksUri()), Duration.ofSeconds(30), clock);
    private final JWKSource<SecurityContext> countingKeys = (JWKSelector selector, SecurityContext context) -> {
        verifications.incrementAndGet();
        List<JWK> found = keys.get(selector, context);
        return found;
    };

    private FirebaseJwtDecoder decoder(int size, Duration lifetime) {
        return new FirebaseJwtDecoder(
                countingKeys,
                new AuthMode(FakeGoogleKeys.PROJECT_ID),
                Duration.ofSeconds(30),
                clock,
                new VerifiedTokens(size, lifetime));
    }

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void theSameTokenIsVerifiedOnceWithinTheLifetime() {
        FirebaseJwtDecoder decoder = decoder(16, Duration.ofMinutes(5));
        String token = google.token("alice");

        assertThat(decoder.decode(token).getSubject()).isEqualTo("alice");
        now = now.plus(Duration.ofMinutes(4));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("alice");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aKeptTokenIsVerifiedAgainAfterTheLifetime() {
        FirebaseJwtDecoder decoder = decoder(16, Duration.ofMinutes(5));
        String token = google.token("alice");

        decoder.decode(token);
        now = now.plus(Duration.ofMinutes(5));
        decoder.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKeptTokenPastItsExpiryIsRejectedAsExpired() {
        FirebaseJwtDecoder decoder = decoder(16, Duration.ofMinutes(5));
        String token = google.token("alice", claims -> claims.expirationTime(Date.from(now.plusSeconds(60))));
        decoder.decode(token);

        // exp + the 30 s of clock skew the validator allows have passed, the cache's 5 minutes have not
        now = now.plusSeconds(91);

        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOfSatisfying(
                        TokenRejection.class, e -> assertThat(e.reason()).isEqualTo("expired"));
    }

    @Test
    void anAlteredCopyOfAKeptTokenIsVerifiedAndRejected() {
        FirebaseJwtDecoder decoder = decoder(16, Duration.ofMinutes(5));
        String token = google.token("alice");
        decoder.decode(token);
        char last = token.charAt(token.length() - 2);
        String altered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThatThrownBy(() -> decoder.decode(altered))
                .isInstanceOfSatisfying(
                        TokenRejection.class, e -> assertThat(e.reason()).isEqualTo("signature"));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRejectedTokenIsNotKept() {
        FirebaseJwtDecoder decoder = decoder(16, Duration.ofMinutes(5));
        String wrongAudience = google.token("alice", claims -> claims.audience("another-project"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(wrongAudience)).isInstanceOf(TokenRejection.class);
        }
        assertThat(verifications).hasValue(2);
    }

    @Test
    void sizeZeroVerifiesEveryTime() {
        FirebaseJwtDecoder decoder = decoder(0, Duration.ofMinutes(5));
        String token = google.token("alice");

        decoder.decode(token);
        decoder.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aLifetimeBeyondAnHourOrANegativeSizeIsRefused() {
        assertThatThrownBy(() -> new VerifiedTokens(16, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frameratr.firebase.verified-tokens.lifetime must be between 0 and 1h, not PT2H");
        assertThatThrownBy(() -> new VerifiedTokens(-1, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frameratr.firebase.verified-tokens.size must be 0 or more, not -1");
    }

    private static FakeGoogleKeys start() {
        try {
            return new FakeGoogleKeys();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
