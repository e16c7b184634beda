package com.frameratr.platform.problems;

/** One input (a parameter, a field, a row of an import) that is present but unusable; the problem names it (400). */
public final class InvalidInputException extends DomainException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super("invalid-parameter", field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
