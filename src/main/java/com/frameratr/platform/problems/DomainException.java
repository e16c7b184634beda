package com.frameratr.platform.problems;

/**
 * An error with a meaning for the client, thrown by services and repositories, which know nothing
 * of HTTP. {@link ProblemHandler} renders each kind as problem+json with its status and
 * {@code type} ({@code urn:frameratr:problem:<problemType>}); the message becomes {@code detail}
 * and {@code error}, so it must never carry internals.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                ForbiddenException,
                InvalidInputException,
                UnavailableException,
                TooManyRequestsException,
                ContentRefusedException {

    private final String problemType;

    protected DomainException(String problemType, String message) {
        super(message, null, false, false);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
