package com.frameratr.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies Firebase ID tokens exactly as Firebase documents: RS256 only, a {@code kid} header that
 * names one of the current keys (a token without one is rejected, not tried against every key),
 * then the claims ({@link FirebaseTokenValidator}). A rejected token becomes a {@link TokenRejection}
 * naming the failed check; which check is worked out only on the failure path, so a valid token
 * costs no more than Nimbus' own processing.
 *
 * <p>A token that passed every check is remembered by its exact text for a short while ({@link
 * VerifiedTokens}): the web app sends the same token with every request for up to an hour, and its
 * RS256 verification was 15 % of the service's CPU on a feed page. Only a verified token is kept, so
 * a forged or altered one (another text) is always verified; a kept one is served only while its
 * {@code exp} and the cache's own lifetime allow, by the same clock the claims are checked with.
 */
final class FirebaseJwtDecoder implements JwtDecoder {

    private final NimbusJwtDecoder delegate;
    private final @Nullable Cache<String, Verified> verified;
    private final Duration clockSkew;
    private final Duration verifiedFor;
    private final Clock clock;

    /** A verified token and the instant after which it must be verified again. */
    private record Verified(Jwt jwt, Instant until) {}

    FirebaseJwtDecoder(
            JWKSource<SecurityContext> keys, AuthMode mode, Duration clockSkew, Clock clock, VerifiedTokens cache) {
        this.delegate = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(
                        processor -> processor.setJWSKeySelector(kidRequired(processor.getJWSKeySelector())))
                .build();
        this.delegate.setJwtValidator(new FirebaseTokenValidator(mode, clockSkew, clock));
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.verifiedFor = cache.lifetime();
        this.verified = cache.size() == 0 || cache.lifetime().isZero()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(cache.size())
                        .expireAfterWrite(cache.lifetime())
                        .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (verified == null) {
            return verify(token);
        }
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = verify(token);
        Instant expires = jwt.getExpiresAt();
        if (expires != null) {
            // the validator accepts a token until exp + skew; the cache never longer, nor past its lifetime
            Instant until = expires.plus(clockSkew);
            Instant cap = now.plus(verifiedFor);
            verified.put(token, new Verified(jwt, until.isBefore(cap) ? until : cap));
        }
        return jwt;
    }

    private Jwt verify(String token) {
        try {
            return delegate.decode(token);
        } catch (JwtValidationException invalid) {
            throw new TokenRejection(firstReason(invalid), invalid);
        } catch (BadJwtException bad) {
            throw new TokenRejection(reason(token, bad), bad);
        }
    }

    private static JWSKeySelector<SecurityContext> kidRequired(JWSKeySelector<SecurityContext> selector) {
        return (header, context) ->
                header.getKeyID() == null || header.getKeyID().isBlank()
                        ? List.of()
                        : selector.selectJWSKeys(header, context);
    }

    private static String firstReason(JwtValidationException invalid) {
        return invalid.getErrors().stream()
                .map(OAuth2Error::getDescription)
                .findFirst()
                .orElse("claims");
    }

    /** Which check a token failed that Nimbus rejected before the claims were looked at. */
    static String reason(String token, BadJwtException failure) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException ex) {
            return "malformed";
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return "unsigned";
        }
        JWSHeader header = signed.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            return "algorithm";
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            return "missing-kid";
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains("no matching key")) {
            return "unknown-kid";
        }
        if (message.contains("Invalid signature")) {
            return "signature";
        }
        return message.contains("Malformed") || message.contains("parse") ? "malformed" : "invalid";
    }
}
