package com.frameratr.users;

import com.frameratr.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Security's 401/403 happen in filters, before Spring MVC: they get the API's problem+json here.
 * The reason is short and generic ("expired", "invalid"): which check failed stays in the log.
 */
class ProblemAuthenticationHandlers
        implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    private final Problems problems;

    ProblemAuthenticationHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (ex instanceof AuthenticationServiceException) {
            response.setHeader("Retry-After", "5");
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "auth-unavailable",
                            "Tokens cannot be verified right now; retry shortly"));
            return;
        }
        boolean tokenPresent = ex instanceof InvalidBearerTokenException;
        String detail =
                tokenPresent ? reason(ex) : "Sign in: an Authorization: Bearer <Firebase ID token> header is required";
        response.setHeader(
                "WWW-Authenticate",
                tokenPresent ? "Bearer error=\"invalid_token\", error_description=\"" + reason(ex) + "\"" : "Bearer");
        problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
        commence(request, response, ex);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"));
    }

    private static String reason(AuthenticationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenRejection rejection && rejection.expired()) {
                return "The token has expired";
            }
        }
        return "The token is invalid";
    }
}
