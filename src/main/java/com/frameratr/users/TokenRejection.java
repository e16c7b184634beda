package com.frameratr.users;

import org.springframework.security.oauth2.jwt.BadJwtException;

/**
 * A bearer token that failed one of Firebase's checks. {@link #reason()} names the check (for the
 * log and the {@code frameratr.auth.failures} metric, never for the client, which learns only
 * "invalid" or "expired"); the token itself is never kept.
 */
final class TokenRejection extends BadJwtException {

    private final String reason;

    TokenRejection(String reason, Throwable cause) {
        super("token rejected: " + reason, cause);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    boolean expired() {
        return reason.equals("expired");
    }
}
