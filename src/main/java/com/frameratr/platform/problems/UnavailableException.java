package com.frameratr.platform.problems;

/**
 * Something the request depends on cannot answer now: retry later. {@link Reason} tells the web
 * layer which status fits: {@code UNAVAILABLE} 503 (with {@code Retry-After}), {@code TIMED_OUT}
 * 504, {@code FAILED} 502 (an upstream answered wrongly).
 */
public non-sealed class UnavailableException extends DomainException {

    public enum Reason {
        UNAVAILABLE,
        TIMED_OUT,
        FAILED
    }

    private final Reason reason;

    public UnavailableException(String problemType, String message, Reason reason) {
        super(problemType, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
