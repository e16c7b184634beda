package com.frameratr.platform.problems;

import com.frameratr.platform.problems.Problems.FieldMessage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Inputs (parameters, fields, a row of an import) that are present but unusable; the problem names
 * each with its reason (400).
 */
public final class InvalidInputException extends DomainException {

    private final List<FieldMessage> errors;

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldMessage(field, reason)));
    }

    /** Several inputs of one request at once, in the order given. */
    public InvalidInputException(List<FieldMessage> errors) {
        super(
                "invalid-parameter",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no invalid input");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
