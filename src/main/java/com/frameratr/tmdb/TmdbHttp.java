package com.frameratr.tmdb;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Calls TMDb: one GET through the rate limiter, retried on 429 (after its Retry-After), 5xx and
 * I/O errors with jittered exponential backoff, bounded by {@code maxAttempts} and {@code retryBudget}.
 * Log lines and exceptions name the path only: the token (a header, or the v3 {@code api_key}
 * parameter) never leaves this class.
 */
@Component
class TmdbHttp {

    private static final Logger log = LoggerFactory.getLogger(TmdbHttp.class);

    private final TmdbProperties properties;
    private final TmdbRateLimiter limiter;
    private final RestClient client;

    TmdbHttp(TmdbProperties properties, TmdbRateLimiter limiter) {
        this.properties = properties;
        this.limiter = limiter;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        RestClient.Builder configured = RestClient.builder()
                .requestFactory(factory)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        if (properties.configured() && !properties.v3Key()) {
            configured.defaultHeader(
                    HttpHeaders.AUTHORIZATION, "Bearer " + properties.token().strip());
        }
        this.client = configured.build();
    }

    /** One request, queueing for the deployment's rate limit for at most {@code queueWait}. */
    UpstreamAnswer get(TmdbRequest request, Duration queueWait) {
        if (!properties.configured()) {
            throw TmdbUnavailableException.notConfigured();
        }
        long deadline = System.nanoTime() + properties.retryBudget().toNanos();
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(request, queueWait);
            if (result instanceof Answered answered) {
                return answered.answer();
            }
            Failed failed = (Failed) result;
            Duration pause = failed.retryAfter() != null ? failed.retryAfter() : backoff(attempt);
            boolean last = !failed.retryable()
                    || attempt >= properties.maxAttempts()
                    || System.nanoTime() + pause.toNanos() > deadline;
            log.warn(
                    "TMDb GET {} failed ({}), attempt {}/{}{}",
                    request.path(),
                    failed.error().getMessage(),
                    attempt,
                    properties.maxAttempts(),
                    last ? ", giving up" : ", retrying in " + pause.toMillis() + " ms");
            if (last) {
                throw failed.error();
            }
            sleep(pause);
        }
    }

    private sealed interface Attempt permits Answered, Failed {}

    private record Answered(UpstreamAnswer answer) implements Attempt {}

    private record Failed(
            TmdbUnavailableException error,
            boolean retryable,
            @Nullable Duration retryAfter) implements Attempt {

        static Failed retryable(TmdbUnavailableException error) {
            return new Failed(error, true, null);
        }

        static Failed fatal(TmdbUnavailableException error) {
            return new Failed(error, false, null);
        }
    }

    private Attempt attempt(TmdbRequest request, Duration queueWait) {
        try {
            limiter.acquire(queueWait);
            return client.get().uri(uri(request)).exchange((req, response) -> {
                int status = response.getStatusCode().value();
                if (status == UpstreamAnswer.OK) {
                    return new Answered(
                            new UpstreamAnswer(status, response.getBody().readAllBytes()));
                }
                if (status == UpstreamAnswer.NOT_FOUND) {
                    return new Answered(new UpstreamAnswer(status, new byte[0]));
                }
                if (status == 429) {
                    Duration retryAfter = retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                    limiter.backOff(retryAfter);
                    return new Failed(TmdbUnavailableException.rateLimited(), true, retryAfter);
                }
                if (status >= 500) {
                    return Failed.retryable(TmdbUnavailableException.badGateway("status " + status));
                }
                if (status == 401) {
                    return Failed.fatal(TmdbUnavailableException.badGateway("TMDB_TOKEN was rejected"));
                }
                return Failed.fatal(TmdbUnavailableException.badGateway("unexpected status " + status));
            });
        } catch (ResourceAccessException ex) {
            // its message holds the URL, with a v3 key: keep only the kind of failure
            return Failed.retryable(
                    timedOut(ex)
                            ? TmdbUnavailableException.timeout()
                            : TmdbUnavailableException.badGateway("unreachable"));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TmdbUnavailableException.badGateway("interrupted");
        }
    }

    private static boolean timedOut(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private URI uri(TmdbRequest request) {
        Map<String, String> params = new LinkedHashMap<>(request.params());
        if (properties.v3Key()) {
            params.put("api_key", properties.token().strip());
        }
        UriComponentsBuilder builder =
                UriComponentsBuilder.fromUri(properties.baseUrl()).path(request.path());
        params.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(params).toUri();
    }

    private Duration backoff(int attempt) {
        long base = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** Retry-After is seconds or an HTTP date; absent or unreadable means one second. */
    static Duration retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(1);
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (RuntimeException notADate) {
                return Duration.ofSeconds(1);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TmdbUnavailableException.badGateway("interrupted");
        }
    }
}
