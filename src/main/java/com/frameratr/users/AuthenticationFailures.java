package com.frameratr.users;

import com.frameratr.platform.web.TokenBuckets;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every failed bearer token, counted in {@code frameratr.auth.failures{reason}} so that an operator
 * can alert on a flood of forged tokens, and logged at INFO with the failed check, the method, the
 * path and the client address, never the token. The log is rate-limited (a burst of 10 lines, then
 * one a second); the next line that is written says how many were left out.
 */
@Component
class AuthenticationFailures {

    static final String METRIC = "frameratr.auth.failures";
    private static final Logger log = LoggerFactory.getLogger(AuthenticationFailures.class);

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final TokenBuckets logLines;
    private final AtomicLong suppressed = new AtomicLong();

    @Autowired
    AuthenticationFailures(MeterRegistry registry) {
        this(registry, System::nanoTime);
    }

    AuthenticationFailures(MeterRegistry registry, LongSupplier nanoTime) {
        this.registry = registry;
        this.logLines = new TokenBuckets(10, 60, 1, nanoTime);
    }

    void record(AuthenticationException failure, HttpServletRequest request, boolean publicPath) {
        String reason = reason(failure);
        counters.computeIfAbsent(
                        reason,
                        r -> Counter.builder(METRIC)
                                .description("Bearer tokens that failed verification, by the check that failed")
                                .tag("reason", r)
                                .register(registry))
                .increment();
        if (logLines.tryTake("log").isPresent()) {
            suppressed.incrementAndGet();
            return;
        }
        long left = suppressed.getAndSet(0);
        log.info(
                "Authentication failed: {} on {} {} from {}{}{}",
                reason,
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                publicPath ? " (public path: served as anonymous)" : "",
                left > 0 ? " (" + left + " more failures not logged)" : "");
    }

    static String reason(AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return "keys-unavailable";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenRejection rejection) {
                return rejection.reason();
            }
        }
        return "invalid";
    }
}
