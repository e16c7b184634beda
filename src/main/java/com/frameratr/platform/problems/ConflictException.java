package com.frameratr.platform.problems;

import java.util.Map;

/** The request conflicts with what is stored: a taken name, a limit reached (409). */
public final class ConflictException extends DomainException {

    private final Map<String, Object> properties;

    public ConflictException(String problemType, String message) {
        this(problemType, message, Map.of());
    }

    /** @param properties extra members of the problem (e.g. the name of the limit reached) */
    public ConflictException(String problemType, String message, Map<String, Object> properties) {
        super(problemType, message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
