package com.frameratr.platform;

import org.springframework.http.HttpStatus;

/** A query or path parameter that is present but unusable; the problem names it. */
public class InvalidParameterException extends ApiException {

    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return getMessage().substring(parameter.length() + 2);
    }
}
