package com.frameratr.platform.problems;

/**
 * An uploaded file the service will not take, for a reason in the file itself: {@code INVALID} 400
 * (not the format, unsafe), {@code TOO_LARGE} 413, {@code TOO_SLOW} 408 (it did not arrive in time).
 */
public final class ContentRefusedException extends DomainException {

    public enum Reason {
        INVALID,
        TOO_LARGE,
        TOO_SLOW
    }

    private final Reason reason;

    public ContentRefusedException(String problemType, String message, Reason reason) {
        super(problemType, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
