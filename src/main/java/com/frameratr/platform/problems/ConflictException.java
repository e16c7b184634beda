package com.frameratr.platform.problems;

/** The request conflicts with what is stored: a taken name, a limit reached (409). */
public final class ConflictException extends DomainException {

    public ConflictException(String problemType, String message) {
        super(problemType, message);
    }
}
