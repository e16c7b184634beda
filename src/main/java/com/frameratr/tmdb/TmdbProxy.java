package com.frameratr.tmdb;

import com.frameratr.platform.web.ClientKey;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns a cached or fetched TMDb answer into an HTTP response: TMDb's JSON bytes unchanged. */
@Component
class TmdbProxy {

    static final String X_CACHE = "X-Cache";

    private final TmdbCache cache;

    TmdbProxy(TmdbCache cache) {
        this.cache = cache;
    }

    /** A proxy request: its misses are charged to the requesting client ({@link ClientKey}). */
    ResponseEntity<byte[]> get(TmdbRequest request) {
        HttpServletRequest http =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Served served = cache.get(request, Caller.browsing(ClientKey.of(http)));
        CachedAnswer answer = served.answer();
        if (answer.status() == UpstreamAnswer.NOT_FOUND) {
            throw new TmdbNotFoundException(request.path());
        }
        long maxAge = served.source() == Served.Source.STALE ? 0 : answer.maxAgeSecondsAt(Instant.now());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(maxAge, TimeUnit.SECONDS).cachePublic())
                .header(X_CACHE, served.source().name())
                .body(answer.body());
    }
}
