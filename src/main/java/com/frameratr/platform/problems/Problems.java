package com.frameratr.platform.problems;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes the one error shape of this API: RFC 9457 problem+json with a stable
 * {@code type}, a human {@code detail}, the same text as {@code error} (the first version's clients
 * read that member) and the request id. Filters, which run outside Spring MVC, write through here too.
 */
@Component
public class Problems {

    private static final String TYPE_PREFIX = "urn:frameratr:problem:";

    /** The MDC key (and problem member) of the request id that web.RequestIdFilter assigns. */
    public static final String REQUEST_ID = "request_id";

    private final JsonMapper jsonMapper;

    Problems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setProperty("error", detail);
        String requestId = MDC.get(REQUEST_ID);
        if (requestId != null) {
            problem.setProperty("request_id", requestId);
        }
        return problem;
    }

    public static ProblemDetail withFieldErrors(
            HttpStatusCode status, String type, String detail, List<FieldMessage> errors) {
        ProblemDetail problem = of(status, type, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One invalid input: the field or parameter name as the client sent it, and why. */
    public record FieldMessage(String field, String message) {}

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
