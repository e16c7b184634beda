package com.frameratr.users;

import com.frameratr.platform.problems.TooManyRequestsException;
import com.frameratr.platform.web.ClientKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Names the client of each request ({@link ClientKey}: the verified user, else the address) and
 * caps the requests one client has in flight, so that one client, with or without a token, cannot
 * take more than its share of the service's request slots. Past the cap: 429 with Retry-After.
 */
class InFlightPerClientInterceptor implements HandlerInterceptor {

    private static final String COUNTED = InFlightPerClientInterceptor.class.getName() + ".counted";

    private final int cap;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    InFlightPerClientInterceptor(int cap) {
        this.cap = cap;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            ClientKey.signedInAs(request, token.getName());
        }
        String key = ClientKey.of(request);
        boolean[] admitted = {false};
        inFlight.compute(key, (k, count) -> {
            int current = count == null ? 0 : count;
            admitted[0] = current < cap;
            return admitted[0] ? current + 1 : count;
        });
        if (!admitted[0]) {
            throw new TooManyRequestsException(
                    "Too many requests at once from this client; wait for the others to finish", Duration.ofSeconds(1));
        }
        request.setAttribute(COUNTED, key);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (request.getAttribute(COUNTED) instanceof String key) {
            request.removeAttribute(COUNTED);
            inFlight.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
        }
    }

    int inFlight(String key) {
        return inFlight.getOrDefault(key, 0);
    }
}
