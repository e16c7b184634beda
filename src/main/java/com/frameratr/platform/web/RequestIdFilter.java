package com.frameratr.platform.web;

import com.frameratr.platform.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane (the ALB or a client
 * may set one), else a new one. It is in the MDC, so in every log line of the request, and in the
 * response header and problem bodies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = Problems.REQUEST_ID;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request);
        request.setAttribute(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            logCompletion(request, response, started);
            MDC.remove(MDC_KEY);
        }
    }

    /** The error dispatch of a request keeps the id its first dispatch chose. */
    private static String requestId(HttpServletRequest request) {
        if (request.getAttribute(MDC_KEY) instanceof String assigned) {
            return assigned;
        }
        String incoming = request.getHeader(HEADER);
        return incoming != null && SAFE_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** One line per request: at DEBUG normally (volume), at WARN for server errors. */
    private static void logCompletion(HttpServletRequest request, HttpServletResponse response, long started) {
        int status = response.getStatus();
        if (status >= 500 || log.isDebugEnabled()) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String line = "{} {} -> {} in {} ms";
            Object[] args = {request.getMethod(), request.getRequestURI(), status, millis};
            if (status >= 500) {
                log.warn(line, args);
            } else {
                log.debug(line, args);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
