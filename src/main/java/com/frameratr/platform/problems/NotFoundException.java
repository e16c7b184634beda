package com.frameratr.platform.problems;

/** What was asked for does not exist, or is not the caller's to see (404). */
public non-sealed class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("not-found", message);
    }
}
