package com.frameratr.users;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google's token-signing keys, cached for as long as the response's {@code Cache-Control: max-age}
 * says (Firebase's documented rule), fetched again early when a token names a {@code kid} we do not
 * have (key rotation), but at most once per {@code keyRefetchInterval} so that forged kids cannot
 * make us hammer Google. When a refresh fails the keys we have keep serving.
 */
class GoogleKeySource implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(GoogleKeySource.class);
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    private static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

    private final URI uri;
    private final Duration refetchInterval;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** What was fetched and until when it holds; replaced whole, so readers need no lock. */
    private record Fetched(JWKSet keys, Instant expiresAt, Instant fetchedAt) {
        boolean empty() {
            return keys.getKeys().isEmpty();
        }
    }

    private volatile Fetched fetched = new Fetched(new JWKSet(), Instant.MIN, Instant.MIN);

    GoogleKeySource(URI uri, Duration refetchInterval, Clock clock) {
        this.uri = uri;
        this.refetchInterval = refetchInterval;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Instant now = clock.instant();
        Fetched current = fetched;
        if (now.isAfter(current.expiresAt())) {
            current = refresh(current, now);
        }
        if (current.empty()) {
            // the last fetch failed and left nothing: answer 503 until the next try is due
            throw new KeySourceException("token-signing keys unavailable");
        }
        List<JWK> matches = selector.select(current.keys());
        if (matches.isEmpty() && now.isAfter(current.fetchedAt().plus(refetchInterval))) {
            matches = selector.select(refresh(current, now).keys());
        }
        return matches;
    }

    /** One thread fetches; the others waiting here then use its result instead of fetching again. */
    private synchronized Fetched refresh(Fetched seen, Instant now) throws KeySourceException {
        if (fetched != seen) {
            return fetched;
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("key endpoint answered " + response.statusCode());
            }
            JWKSet keys = JWKSet.parse(response.body());
            Instant expiresAt = now.plus(
                    maxAge(response.headers().firstValue("Cache-Control").orElse("")));
            fetched = new Fetched(keys, expiresAt, now);
            log.info(
                    "Fetched {} token-signing keys, cached until {}",
                    keys.getKeys().size(),
                    expiresAt);
        } catch (IOException | ParseException ex) {
            failed(seen, now, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failed(seen, now, ex);
        }
        return fetched;
    }

    /** Keeps serving the keys we have (trying again after the refetch interval), or fails without any. */
    private void failed(Fetched seen, Instant now, Exception ex) throws KeySourceException {
        fetched = new Fetched(seen.keys(), now.plus(refetchInterval), now);
        if (seen.empty()) {
            log.warn("Fetching token-signing keys failed, none cached: {}", ex.toString());
            throw new KeySourceException("token-signing keys unavailable", ex);
        }
        log.warn(
                "Refreshing token-signing keys failed, keeping {} cached keys: {}",
                seen.keys().getKeys().size(),
                ex.toString());
    }

    static Duration maxAge(String cacheControl) {
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : DEFAULT_MAX_AGE;
    }
}
