package com.frameratr.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Stands in for Google's securetoken key endpoint over real HTTP: publishes the public halves of
 * its keys as a JWK set with {@code Cache-Control: max-age}, counts fetches, and signs tokens
 * shaped like Firebase ID tokens (which tests then spoil one claim at a time).
 */
public final class FakeGoogleKeys implements AutoCloseable {

    public static final String PROJECT_ID = "frameratr-test";

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile int status = 200;

    public FakeGoogleKeys() throws IOException {
        published.add(newKey());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            List<com.nimbusds.jose.jwk.JWK> publicKeys = new ArrayList<>();
            published.forEach(key -> publicKeys.add(key.toPublicJWK()));
            byte[] body = new JWKSet(publicKeys).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=19004, must-revalidate, no-transform");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public int fetches() {
        return fetches.get();
    }

    public void failWith(int status) {
        this.status = status;
    }

    /** Publishes a new key (as Google does on rotation) and returns it. */
    public RSAKey rotate() {
        RSAKey key = newKey();
        published.add(key);
        return key;
    }

    public RSAKey currentKey() {
        return published.getLast();
    }

    public String token(String uid) {
        return token(uid, claims -> {});
    }

    public String token(String uid, Consumer<JWTClaimsSet.Builder> change) {
        return sign(currentKey(), validClaims(uid), change);
    }

    public static JWTClaimsSet.Builder validClaims(String uid) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://securetoken.google.com/" + PROJECT_ID)
                .audience(PROJECT_ID)
                .subject(uid)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("auth_time", now.minusSeconds(120).getEpochSecond())
                .claim("email", uid + "@example.com")
                .claim("name", "User " + uid);
    }

    public static String sign(RSAKey key, JWTClaimsSet.Builder claims, Consumer<JWTClaimsSet.Builder> change) {
        return sign(
                key,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims,
                change);
    }

    /** A token signed by the current key whose header names no {@code kid}. */
    public String tokenWithoutKeyId(String uid) {
        return sign(currentKey(), new JWSHeader.Builder(JWSAlgorithm.RS256).build(), validClaims(uid), c -> {});
    }

    private static String sign(
            RSAKey key, JWSHeader header, JWTClaimsSet.Builder claims, Consumer<JWTClaimsSet.Builder> change) {
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(Long.toHexString(System.nanoTime()))
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
