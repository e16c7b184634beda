package com.frameratr.platform.problems;

import com.frameratr.platform.jdbc.DatabaseRefusal;
import com.frameratr.platform.problems.Problems.FieldMessage;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Renders every error as problem+json ({@link Problems}). Messages are written here, not taken
 * from exceptions of libraries, so that no SQL, class name or stack trace reaches a client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** The domain's errors: each kind has its status here, and only here. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleDomain(DomainException ex) {
        HttpStatus status = statusOf(ex);
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof TooManyRequestsException limited) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "5");
        }
        ProblemDetail problem = ex instanceof InvalidInputException invalid
                ? Problems.withFieldErrors(status, ex.problemType(), ex.getMessage(), invalid.errors())
                : Problems.of(status, ex.problemType(), ex.getMessage());
        if (ex instanceof ConflictException conflict) {
            conflict.properties().forEach(problem::setProperty);
        }
        return problem(problem, headers);
    }

    static HttpStatus statusOf(DomainException ex) {
        return switch (ex) {
            case NotFoundException notFound -> HttpStatus.NOT_FOUND;
            case ConflictException conflict -> HttpStatus.CONFLICT;
            case ForbiddenException forbidden -> HttpStatus.FORBIDDEN;
            case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
            case TooManyRequestsException limited -> HttpStatus.TOO_MANY_REQUESTS;
            case ContentRefusedException refused ->
                switch (refused.reason()) {
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                    case TOO_SLOW -> HttpStatus.REQUEST_TIMEOUT;
                };
            case UnavailableException unavailable ->
                switch (unavailable.reason()) {
                    case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
                    case TIMED_OUT -> HttpStatus.GATEWAY_TIMEOUT;
                    case FAILED -> HttpStatus.BAD_GATEWAY;
                };
        };
    }

    // a @Transactional method that could not get a connection (pool timeout, database down) throws
    // CannotCreateTransactionException, and one whose connection died mid-transaction a
    // TransactionSystemException (commit or rollback failed): both are the database being unavailable;
    // they answered 500 while plain queries got 503 (seen by the cluster harness's PostgreSQL restart)
    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<Object> handleDatabaseUnavailable(Exception ex) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        if (DatabaseRefusal.isStatementTimeout(ex)) {
            log.warn("Read statement cancelled after its timeout: {}", DatabaseRefusal.describe(ex));
            return problem(
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "query-timeout",
                            "The database took too long to answer; retry shortly"),
                    headers);
        }
        log.warn("Database unavailable: {}", DatabaseRefusal.describe(ex));
        String detail = ex instanceof PessimisticLockingFailureException
                ? "The request conflicted with a concurrent one; retry it"
                : "The database is temporarily unavailable; retry shortly";
        return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", detail), headers);
    }

    /**
     * A value the database refuses: SQLSTATE class 22 (e.g. a NUL character in text) is bad input;
     * anything else (a constraint) means the request conflicts with what is stored.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
        log.warn("Database refused a write: {}", DatabaseRefusal.describe(ex));
        boolean badValue = ex.getMostSpecificCause() instanceof java.sql.SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22");
        ProblemDetail problem = badValue
                ? Problems.of(
                        HttpStatus.BAD_REQUEST, "invalid-body", "The request contains a value that cannot be stored")
                : Problems.of(HttpStatus.CONFLICT, "conflict", "The request conflicts with the stored data");
        return problem(problem, new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(
                Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "An unexpected error occurred"),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = Objects.requireNonNullElse(ex.getPropertyName(), "parameter");
        String expected = ex.getRequiredType() == null ? "value" : ProblemMessages.describe(ex.getRequiredType());
        String reason = "must be " + expected;
        return problem(
                Problems.withFieldErrors(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        name + ": " + reason,
                        List.of(new FieldMessage(name, reason))),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(
                Problems.withFieldErrors(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        ex.getParameterName() + ": is required",
                        List.of(new FieldMessage(ex.getParameterName(), "is required"))),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a @Valid object parameter (PageParams) reports its fields; a plain parameter reports itself
        List<FieldMessage> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors object
                        ? object.getFieldErrors().stream()
                                .map(error -> new FieldMessage(
                                        JsonNames.snakeCase(error.getField()), ProblemMessages.message(error)))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldMessage(
                                        ProblemMessages.parameterName(result.getMethodParameter()),
                                        ProblemMessages.message(error))))
                .toList();
        return validationProblem(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldMessage(JsonNames.snakeCase(error.getField()), ProblemMessages.message(error)))
                .toList();
        return validationProblem(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "Malformed JSON request body";
        if (ex.getMostSpecificCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            return problem(
                    Problems.withFieldErrors(
                            HttpStatus.BAD_REQUEST,
                            "invalid-body",
                            field + ": has the wrong type or format",
                            List.of(new FieldMessage(field, "has the wrong type or format"))),
                    headers);
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid-body", detail), headers);
    }

    /** Every other Spring MVC exception (404, 405, 406, 415, ...): keep its status, use our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && problem.getProperties() != null
                && problem.getProperties().containsKey("error")) {
            return problem(problem, headers);
        }
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        String reason = status == null ? "Error" : status.getReasonPhrase();
        String detail =
                body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail() : reason;
        return problem(Problems.of(statusCode, ProblemMessages.slug(reason), detail), headers);
    }

    private ResponseEntity<Object> validationProblem(List<FieldMessage> errors, HttpHeaders headers) {
        String detail = errors.isEmpty()
                ? "Invalid request"
                : errors.stream()
                        .map(e -> e.field() + ": " + e.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElseThrow();
        return problem(Problems.withFieldErrors(HttpStatus.BAD_REQUEST, "invalid-parameter", detail, errors), headers);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders merged = new HttpHeaders();
        merged.addAll(headers);
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, problem.getStatus());
    }
}
