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
 * Caps one kind of write (likes, comments) per signed-in user and minute, on top of the general
 * write limit: {@code perMinute} at once, refilled over a minute; over it, 429 with
 * {@code Retry-After}. Registered for the paths of that kind of write.
 */
class PerMinuteLimitInterceptor implements HandlerInterceptor {

    private final Set<String> methods;
    private final String what;
    private final TokenBuckets buckets;

    PerMinuteLimitInterceptor(Set<String> methods, int perMinute, String what) {
        this.methods = methods;
        this.what = what;
        this.buckets = new TokenBuckets(perMinute, perMinute, 100_000, System::nanoTime);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (methods.contains(request.getMethod())
                && SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            buckets.tryTake(token.getName()).ifPresent(wait -> {
                throw new TooManyRequestsException("Too many " + what + " in a minute; slow down", wait);
            });
        }
        return true;
    }
}
