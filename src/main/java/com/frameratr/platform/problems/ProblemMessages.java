package com.frameratr.platform.problems;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The wording of problems: parameter names as clients wrote them, and why a value was refused. */
final class ProblemMessages {

    private ProblemMessages() {}

    static String parameterName(MethodParameter parameter) {
        var requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        var pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return Objects.requireNonNullElse(parameter.getParameterName(), "parameter");
    }

    static String message(MessageSourceResolvable error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return "has the wrong type or format";
        }
        return Objects.requireNonNullElse(error.getDefaultMessage(), "is invalid");
    }

    static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT);
        }
        return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    static String slug(String reason) {
        return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
