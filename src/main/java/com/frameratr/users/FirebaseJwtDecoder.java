package com.frameratr.users;

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
import java.util.List;
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
 */
final class FirebaseJwtDecoder implements JwtDecoder {

    private final NimbusJwtDecoder delegate;

    FirebaseJwtDecoder(JWKSource<SecurityContext> keys, AuthMode mode, Duration clockSkew, Clock clock) {
        this.delegate = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(
                        processor -> processor.setJWSKeySelector(kidRequired(processor.getJWSKeySelector())))
                .build();
        this.delegate.setJwtValidator(new FirebaseTokenValidator(mode, clockSkew, clock));
    }

    @Override
    public Jwt decode(String token) throws JwtException {
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
