package com.frameratr.platform;

import org.springframework.http.HttpStatus;

/**
 * An error with a meaning for the client. {@link ProblemHandler} renders it as problem+json with
 * {@code type} derived from {@link #problemType()} and the message as {@code detail} and
 * {@code error}; the message must therefore never carry internals.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String problemType;

    public ApiException(HttpStatus status, String problemType, String message) {
        super(message, null, false, false);
        this.status = status;
        this.problemType = problemType;
    }

    public HttpStatus status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", message);
    }

    public static ApiException conflict(String problemType, String message) {
        return new ApiException(HttpStatus.CONFLICT, problemType, message);
    }

    public static ApiException serviceUnavailable(String problemType, String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, problemType, message);
    }
}
