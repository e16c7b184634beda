package com.frameratr.tmdb;

import com.frameratr.platform.ApiException;
import org.springframework.http.HttpStatus;

/**
 * TMDb could not answer (not configured, unreachable, timing out, failing or rate limiting us
 * beyond our retries). Rendered as 502, 503 or 504; the message never carries the token or a URL.
 */
public class TmdbUnavailableException extends ApiException {

    TmdbUnavailableException(HttpStatus status, String problemType, String message) {
        super(status, problemType, message);
    }

    static TmdbUnavailableException notConfigured() {
        return new TmdbUnavailableException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "tmdb-not-configured",
                "TMDb is not configured: set the TMDB_TOKEN environment variable to a TMDb API read access"
                        + " token (v4) or API key (v3) and restart the service");
    }

    static TmdbUnavailableException timeout() {
        return new TmdbUnavailableException(
                HttpStatus.GATEWAY_TIMEOUT, "tmdb-timeout", "TMDb did not answer in time; retry later");
    }

    static TmdbUnavailableException badGateway(String what) {
        return new TmdbUnavailableException(HttpStatus.BAD_GATEWAY, "tmdb-error", "TMDb failed: " + what);
    }

    static TmdbUnavailableException rateLimited() {
        return new TmdbUnavailableException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "tmdb-rate-limited",
                "TMDb's request budget is used up for the moment; retry later");
    }
}
