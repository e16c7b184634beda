package com.frameratr.tmdb;

import com.frameratr.platform.problems.UnavailableException;

/**
 * TMDb could not answer (not configured, unreachable, timing out, failing or rate limiting us
 * beyond our retries): 503, 504 or 502 as its {@link Reason} says. The message never carries the
 * token or a URL.
 */
public class TmdbUnavailableException extends UnavailableException {

    TmdbUnavailableException(String problemType, String message, Reason reason) {
        super(problemType, message, reason);
    }

    static TmdbUnavailableException notConfigured() {
        return new TmdbUnavailableException(
                "tmdb-not-configured",
                "TMDb is not configured: set the TMDB_TOKEN environment variable to a TMDb API read access"
                        + " token (v4) or API key (v3) and restart the service",
                Reason.UNAVAILABLE);
    }

    static TmdbUnavailableException timeout() {
        return new TmdbUnavailableException(
                "tmdb-timeout", "TMDb did not answer in time; retry later", Reason.TIMED_OUT);
    }

    static TmdbUnavailableException badGateway(String what) {
        return new TmdbUnavailableException("tmdb-error", "TMDb failed: " + what, Reason.FAILED);
    }

    static TmdbUnavailableException rateLimited() {
        return new TmdbUnavailableException(
                "tmdb-rate-limited",
                "TMDb's request budget is used up for the moment; retry later",
                Reason.UNAVAILABLE);
    }
}
