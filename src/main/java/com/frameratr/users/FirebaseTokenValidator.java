package com.frameratr.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Firebase's rules for ID tokens beyond the header and signature (which {@link FirebaseJwtDecoder}
 * checks, RS256 and a known {@code kid} only): {@code exp} in the future, {@code iat} and
 * {@code auth_time} in the past, {@code aud} the project, {@code iss} the project's securetoken
 * issuer, {@code sub} non-empty and at most 128 characters. Each with at most {@code clockSkew} of
 * tolerance. Each error's description is the {@link TokenRejection} reason that the log and the
 * {@code frameratr.auth.failures} metric name.
 */
final class FirebaseTokenValidator implements OAuth2TokenValidator<Jwt> {

    private static final int MAX_UID_LENGTH = 128;

    private final String projectId;
    private final String issuer;
    private final Duration clockSkew;
    private final Clock clock;

    FirebaseTokenValidator(AuthMode mode, Duration clockSkew, Clock clock) {
        this.projectId = mode.effectiveProjectId();
        this.issuer = mode.issuer();
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant now = clock.instant();
        Instant latest = now.plus(clockSkew);
        if (token.getExpiresAt() == null) {
            errors.add(invalid("missing-exp"));
        } else if (!token.getExpiresAt().isAfter(now.minus(clockSkew))) {
            errors.add(invalid("expired"));
        }
        if (token.getIssuedAt() == null || token.getIssuedAt().isAfter(latest)) {
            errors.add(invalid("issued-in-future"));
        }
        Instant authTime = authTime(token);
        if (authTime == null || authTime.isAfter(latest)) {
            errors.add(invalid("auth-time"));
        }
        if (token.getAudience() == null || !token.getAudience().equals(List.of(projectId))) {
            errors.add(invalid("audience"));
        }
        if (!issuer.equals(token.getClaimAsString("iss"))) {
            errors.add(invalid("issuer"));
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_UID_LENGTH) {
            errors.add(invalid("subject"));
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

    private static OAuth2Error invalid(String reason) {
        return new OAuth2Error("invalid_token", reason, null);
    }
}
