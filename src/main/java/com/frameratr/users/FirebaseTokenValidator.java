package com.frameratr.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Firebase's rules for ID tokens beyond the signature (which the decoder checks, RS256 only):
 * {@code exp} in the future, {@code iat} and {@code auth_time} in the past, {@code aud} the
 * project, {@code iss} the project's securetoken issuer, {@code sub} non-empty and at most 128
 * characters. Each with at most {@code clockSkew} of tolerance.
 */
final class FirebaseTokenValidator implements OAuth2TokenValidator<Jwt> {

    private static final int MAX_UID_LENGTH = 128;

    private final String projectId;
    private final Duration clockSkew;
    private final Clock clock;

    private FirebaseTokenValidator(String projectId, Duration clockSkew, Clock clock) {
        this.projectId = projectId;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    static OAuth2TokenValidator<Jwt> forProject(String projectId, String issuer, Duration clockSkew, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps, new JwtIssuerValidator(issuer), new FirebaseTokenValidator(projectId, clockSkew, clock));
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant latest = clock.instant().plus(clockSkew);
        if (token.getExpiresAt() == null) {
            errors.add(invalid("missing exp"));
        }
        if (token.getAudience() == null || !token.getAudience().equals(List.of(projectId))) {
            errors.add(invalid("wrong audience"));
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_UID_LENGTH) {
            errors.add(invalid("invalid subject"));
        }
        if (token.getIssuedAt() == null || token.getIssuedAt().isAfter(latest)) {
            errors.add(invalid("issued in the future"));
        }
        Instant authTime = authTime(token);
        if (authTime == null || authTime.isAfter(latest)) {
            errors.add(invalid("invalid auth_time"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static @Nullable Instant authTime(Jwt token) {
        Object value = token.getClaims().get("auth_time");
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error("invalid_token", description, null);
    }
}
