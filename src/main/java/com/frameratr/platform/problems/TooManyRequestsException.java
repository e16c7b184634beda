package com.frameratr.platform.problems;

import java.time.Duration;

/** A client over one of its limits (429); the web layer says when to retry ({@code Retry-After}). */
public final class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super("rate-limited", message);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
