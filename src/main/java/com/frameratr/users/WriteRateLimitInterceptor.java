package com.frameratr.users;

import com.frameratr.platform.problems.TooManyRequestsException;
import com.frameratr.platform.web.TokenBuckets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Caps each signed-in user's writes so one account (or a leaked token) cannot flood the database;
 * over the limit the client gets 429 with {@code Retry-After}. Reads are not limited here.
 */
class WriteRateLimitInterceptor implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final TokenBuckets buckets;

    WriteRateLimitInterceptor(WriteLimitProperties limits) {
        this.buckets = new TokenBuckets(limits.writeBurst(), limits.writesPerMinute(), 100_000, System::nanoTime);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (WRITES.contains(request.getMethod())
                && SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            buckets.tryTake(token.getName()).ifPresent(wait -> {
                throw new TooManyRequestsException("Too many changes in a short time; slow down", wait);
            });
        }
        return true;
    }
}
