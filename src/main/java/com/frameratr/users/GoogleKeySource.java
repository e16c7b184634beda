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

    private JWKSet keys = new JWKSet();
    private Instant expiresAt = Instant.MIN;
    private Instant lastFetch = Instant.MIN;

    GoogleKeySource(URI uri, Duration refetchInterval, Clock clock) {
        this.uri = uri;
        this.refetchInterval = refetchInterval;
        this.clock = clock;
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Instant now = clock.instant();
        if (now.isAfter(expiresAt)) {
            refresh(now);
        }
        List<JWK> matches = selector.select(keys);
        if (matches.isEmpty() && now.isAfter(lastFetch.plus(refetchInterval))) {
            refresh(now);
            matches = selector.select(keys);
        }
        return matches;
    }

    private void refresh(Instant now) throws KeySourceException {
        lastFetch = now;
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
            keys = JWKSet.parse(response.body());
            expiresAt = now.plus(
                    maxAge(response.headers().firstValue("Cache-Control").orElse("")));
            log.info(
                    "Fetched {} token-signing keys, cached until {}",
                    keys.getKeys().size(),
                    expiresAt);
        } catch (IOException | ParseException ex) {
            failed(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failed(ex);
        }
    }

    private void failed(Exception ex) throws KeySourceException {
        if (keys.getKeys().isEmpty()) {
            throw new KeySourceException("token-signing keys unavailable", ex);
        }
        log.warn(
                "Refreshing token-signing keys failed, keeping {} cached keys: {}",
                keys.getKeys().size(),
                ex.toString());
    }

    static Duration maxAge(String cacheControl) {
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : DEFAULT_MAX_AGE;
    }
}
