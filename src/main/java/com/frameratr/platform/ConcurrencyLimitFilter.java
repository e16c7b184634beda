package com.frameratr.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests being worked on at once. Request threads are virtual, so nothing else
 * does: under a burst beyond capacity every request went straight to the connection pool, whose
 * hand-off degrades with thousands of waiters, and a short overload became a collapse (mixed
 * workload at a fixed 800 req/s: 14,000 of 16,000 requests failed after 3 s while PostgreSQL sat
 * at 13 % CPU). Past the limit a request waits its turn, first come first served, for up to
 * {@code request-queue-timeout} and is then answered 503 with {@code Retry-After}, cheaply (the
 * request log line shows each). The health endpoints are exempt: a busy task is not a dead one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long queueTimeoutNanos;
    private final Problems problems;

    ConcurrencyLimitFilter(PlatformProperties properties, Problems problems) {
        this.permits = new Semaphore(properties.maxConcurrentRequests(), true);
        this.queueTimeoutNanos = properties.requestQueueTimeout().toNanos();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/health") || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "overloaded",
                            "The service is busy; retry after Retry-After seconds"));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
