package com.frameratr.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many verified ID tokens are remembered, and for how long at most ({@code
 * frameratr.firebase.verified-tokens.*}). The lifetime also bounds how long a token signed by a key
 * Google has since withdrawn is still accepted; {@code size} 0 turns the cache off.
 *
 * @param size tokens kept (about 3 KB each), least recently used dropped first
 * @param lifetime longest time a token is accepted without verifying its signature again
 */
@ConfigurationProperties("frameratr.firebase.verified-tokens")
record VerifiedTokens(
        @DefaultValue("4096") int size, @DefaultValue("5m") Duration lifetime) {

    VerifiedTokens {
        if (size < 0) {
            throw new IllegalArgumentException(
                    "frameratr.firebase.verified-tokens.size must be 0 or more, not " + size);
        }
        if (lifetime.isNegative() || lifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "frameratr.firebase.verified-tokens.lifetime must be between 0 and 1h, not " + lifetime);
        }
    }
}
