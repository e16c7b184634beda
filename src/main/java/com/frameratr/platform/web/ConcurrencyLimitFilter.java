package com.frameratr.platform.web;

import com.frameratr.platform.PlatformProperties;
import com.frameratr.platform.problems.Problems;
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
 * workload at a fixed 800 req/s in bench/run.sh: 18,227 of 24,000 requests failed after 3 s while
 * PostgreSQL sat at 13 % CPU). Past the limit a request waits its turn, first come first served,
 * for up to {@code request-queue-timeout} and is then answered 503 with {@code Retry-After},
 * cheaply (the request log line shows each).
 *
 * <p>The TMDb proxy has slots of its own: while TMDb is slow or down a miss may wait for it for
 * seconds, and those waits must not take the turns of requests that our own database answers in
 * a millisecond. The health endpoints are exempt: a busy task is not a dead one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private static final String TMDB_PROXY = "/api/tmdb/";

    private final Semaphore requestPermits;
    private final Semaphore tmdbProxyPermits;
    private final long queueTimeoutNanos;
    private final Problems problems;

    ConcurrencyLimitFilter(PlatformProperties properties, Problems problems) {
        this.requestPermits = new Semaphore(properties.maxConcurrentRequests(), true);
        this.tmdbProxyPermits = new Semaphore(properties.maxConcurrentRequests(), true);
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
        Semaphore permits = request.getRequestURI().startsWith(TMDB_PROXY) ? tmdbProxyPermits : requestPermits;
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
