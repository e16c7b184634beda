package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.FakeGoogleKeys;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoogleKeySourceTests {

    private final FakeGoogleKeys google = start();
    private Instant now = Instant.parse("2026-11-26T12:00:00Z");
    private final GoogleKeySource source =
            new GoogleKeySource(URI.create(google.jwksUri()), Duration.ofSeconds(30), new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void cachesKeysForTheMaxAgeGoogleSends() throws Exception {
        source.get(kid(google.currentKey().getKeyID()), null);
        source.get(kid(google.currentKey().getKeyID()), null);
        now = now.plusSeconds(19_000);
        source.get(kid(google.currentKey().getKeyID()), null);

        assertThat(google.fetches()).isEqualTo(1);

        now = now.plusSeconds(10);
        source.get(kid(google.currentKey().getKeyID()), null);

        assertThat(google.fetches()).isEqualTo(2);
    }

    @Test
    void withoutKeysAFailedFetchIsRetriedOnlyAfterTheInterval() throws Exception {
        google.failWith(500);

        assertThatThrownBy(() -> source.get(kid("any"), null)).isInstanceOf(KeySourceException.class);
        assertThatThrownBy(() -> source.get(kid("any"), null)).isInstanceOf(KeySourceException.class);
        assertThat(google.fetches()).isEqualTo(1);

        google.failWith(200);
        now = now.plusSeconds(31);

        assertThat(source.get(kid(google.currentKey().getKeyID()), null)).hasSize(1);
    }

    @Test
    void keepsServingCachedKeysWhenARefreshFails() throws Exception {
        source.get(kid(google.currentKey().getKeyID()), null);
        google.failWith(503);
        now = now.plusSeconds(20_000);

        assertThat(source.get(kid(google.currentKey().getKeyID()), null)).hasSize(1);
        assertThat(source.get(kid(google.currentKey().getKeyID()), null)).hasSize(1);
        assertThat(google.fetches()).isEqualTo(2);
    }

    private static JWKSelector kid(String kid) {
        return new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
    }

    private static FakeGoogleKeys start() {
        try {
            return new FakeGoogleKeys();
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
