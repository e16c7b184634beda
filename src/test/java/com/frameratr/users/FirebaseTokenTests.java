package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.FakeGoogleKeys;
import com.frameratr.support.IntegrationTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production mode: only Firebase ID tokens that pass every one of Firebase's rules get in. */
@IntegrationTest
class FirebaseTokenTests {

    static final FakeGoogleKeys google = start();

    @DynamicPropertySource
    static void firebase(DynamicPropertyRegistry registry) {
        registry.add("frameratr.firebase.project-id", () -> FakeGoogleKeys.PROJECT_ID);
        registry.add("frameratr.firebase.jwks-uri", google::jwksUri);
        registry.add("frameratr.firebase.key-refetch-interval", () -> "2s");
    }

    @Autowired
    Api api;

    @Autowired
    MeterRegistry meters;

    private double failures(String reason) {
        var counter =
                meters.find("frameratr.auth.failures").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @AfterAll
    static void stop() {
        google.close();
    }

    @Test
    void validTokenSignsTheUserIn() {
        Response response = api.get("/api/me", bearer(google.token("alice")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("uid").asString()).isEqualTo("alice");
        assertThat(response.json().get("email").asString()).isEqualTo("alice@example.com");
        assertThat(response.json().get("display_name").asString()).isEqualTo("User alice");
    }

    @Test
    void missingTokenIs401WithBearerChallenge() {
        Response response = api.get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("error").asString()).contains("Authorization");
    }

    static Stream<Arguments> spoiledClaims() {
        Instant now = Instant.now();
        return Stream.of(
                spoil(
                        "expired",
                        c -> c.issueTime(Date.from(now.minusSeconds(3720)))
                                .claim("auth_time", now.minusSeconds(3720).getEpochSecond())
                                .expirationTime(Date.from(now.minusSeconds(120)))),
                spoil("issued in the future", c -> c.issueTime(Date.from(now.plusSeconds(600)))),
                spoil(
                        "authenticated in the future",
                        c -> c.claim("auth_time", now.plusSeconds(600).getEpochSecond())),
                spoil("no auth_time", c -> c.claim("auth_time", null)),
                spoil("other project's audience", c -> c.audience("someone-else")),
                spoil("two audiences", c -> c.audience(java.util.List.of(FakeGoogleKeys.PROJECT_ID, "x"))),
                spoil("other issuer", c -> c.issuer("https://securetoken.google.com/someone-else")),
                spoil("lookalike issuer", c -> c.issuer("https://evil.example/" + FakeGoogleKeys.PROJECT_ID)),
                spoil("empty subject", c -> c.subject("")),
                spoil("no subject", c -> c.subject(null)),
                spoil("subject over 128 characters", c -> c.subject("u".repeat(129))),
                spoil("no expiry", c -> c.expirationTime(null)));
    }

    private static Arguments spoil(String name, Consumer<JWTClaimsSet.Builder> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledClaims")
    void tokenBreakingARuleIs401(String name, Consumer<JWTClaimsSet.Builder> change) {
        Response response = api.get("/api/me", bearer(google.token("mallory", change)));

        assertThat(response.status()).as(name).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void tokenWithoutKeyIdIs401EvenWhenSignedByAPublishedKey() {
        double before = failures("missing-kid");

        Response response = api.get("/api/me", bearer(google.tokenWithoutKeyId("mallory")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(failures("missing-kid")).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedChecks")
    void eachFailedCheckIsCountedUnderItsReason(String reason, String token) {
        double before = failures(reason);

        assertThat(api.get("/api/me", bearer(token)).status()).isEqualTo(401);

        assertThat(failures(reason)).as(reason).isEqualTo(before + 1);
    }

    static Stream<Arguments> failedChecks() {
        Instant now = Instant.now();
        var forged = new com.nimbusds.jose.jwk.RSAKey.Builder(FakeGoogleKeys.newKey())
                .keyID("not-published")
                .build();
        return Stream.of(
                Arguments.of("expired", expired("m")),
                Arguments.of("audience", google.token("m", c -> c.audience("someone-else"))),
                Arguments.of("issuer", google.token("m", c -> c.issuer("https://evil.example/x"))),
                Arguments.of("subject", google.token("m", c -> c.subject(""))),
                Arguments.of("issued-in-future", google.token("m", c -> c.issueTime(Date.from(now.plusSeconds(600))))),
                Arguments.of("auth-time", google.token("m", c -> c.claim("auth_time", null))),
                Arguments.of("unknown-kid", FakeGoogleKeys.sign(forged, FakeGoogleKeys.validClaims("m"), c -> {})),
                Arguments.of(
                        "unsigned", new PlainJWT(FakeGoogleKeys.validClaims("m").build()).serialize()),
                Arguments.of("malformed", "not.a.jwt"));
    }

    @Test
    void tokenWithABadSignatureIsCountedAsSignature() throws Exception {
        SignedJWT genuine = SignedJWT.parse(google.token("alice"));
        Base64URL otherPayload =
                Base64URL.encode(FakeGoogleKeys.validClaims("admin").build().toString());
        String tampered = genuine.getHeader().toBase64URL() + "." + otherPayload + "." + genuine.getSignature();
        double before = failures("signature");

        assertThat(api.get("/api/me", bearer(tampered)).status()).isEqualTo(401);

        assertThat(failures("signature")).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicReads")
    void expiredTokenOnAPublicReadIsTreatedAsNoToken(String path) {
        String expired = expired("alice");
        double before = failures("expired");

        Response withExpired = api.get(path, bearer(expired));
        Response withNone = api.get(path);

        assertThat(withExpired.status()).as(withExpired.body()).isEqualTo(withNone.status());
        assertThat(withoutRequestId(withExpired)).isEqualTo(withoutRequestId(withNone));
        assertThat(withExpired.header("WWW-Authenticate")).isNull();
        assertThat(failures("expired")).isEqualTo(before + 1);
    }

    static Stream<String> publicReads() {
        return Stream.of(
                "/api/movies",
                "/api/tv?q=breaking",
                "/api/movies/999999",
                "/api/movies/999999/reviews",
                "/health",
                "/");
    }

    @Test
    void forgedTokenOnAPublicReadIsTreatedAsNoToken() {
        String forged = FakeGoogleKeys.sign(FakeGoogleKeys.newKey(), FakeGoogleKeys.validClaims("mallory"), c -> {});

        assertThat(api.get("/api/movies", bearer(forged)).status()).isEqualTo(200);
    }

    @Test
    void expiredTokenOnAProtectedPathIsStill401() {
        String expired = expired("alice");

        Response me = api.get("/api/me", bearer(expired));
        Response rate = api.post("/api/ratings", "{\"movie_id\": 1, \"rating_val\": 5}", bearer(expired));

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().get("detail").asString()).isEqualTo("The token has expired");
        assertThat(rate.status()).isEqualTo(401);
    }

    @Test
    void tokenSignedByAnUnpublishedKeyIs401() {
        String forged = FakeGoogleKeys.sign(FakeGoogleKeys.newKey(), FakeGoogleKeys.validClaims("mallory"), c -> {});

        assertThat(api.get("/api/me", bearer(forged)).status()).isEqualTo(401);
    }

    @Test
    void tamperedPayloadIs401() throws Exception {
        SignedJWT genuine = SignedJWT.parse(google.token("alice"));
        Base64URL otherPayload =
                Base64URL.encode(FakeGoogleKeys.validClaims("admin").build().toString());
        String tampered = genuine.getHeader().toBase64URL() + "." + otherPayload + "." + genuine.getSignature();

        assertThat(api.get("/api/me", bearer(tampered)).status()).isEqualTo(401);
    }

    @Test
    void unsignedTokenIs401() {
        String none = new PlainJWT(FakeGoogleKeys.validClaims("mallory").build()).serialize();

        assertThat(api.get("/api/me", bearer(none)).status()).isEqualTo(401);
    }

    @Test
    void hmacTokenKeyedWithThePublicKeyIs401() throws Exception {
        byte[] secret = google.currentKey().toPublicJWK().toJSONString().getBytes();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(google.currentKey().getKeyID())
                        .build(),
                FakeGoogleKeys.validClaims("mallory").build());
        jwt.sign(new MACSigner(secret));

        assertThat(api.get("/api/me", bearer(jwt.serialize())).status()).isEqualTo(401);
    }

    @Test
    void garbageIs401() {
        assertThat(api.get("/api/me", "Authorization", "Bearer not.a.jwt").status())
                .isEqualTo(401);
        assertThat(api.get("/api/me", "Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void keysAreFetchedOnceAndReusedPerCacheControl() {
        api.get("/api/me", bearer(google.token("warm-up")));
        int before = google.fetches();

        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/me", bearer(google.token("alice"))).status())
                    .isEqualTo(200);
        }

        assertThat(google.fetches()).isEqualTo(before);
    }

    @Test
    void unknownKeyIdsTriggerAtMostOneFetchPerInterval() {
        api.get("/api/me", bearer(google.token("warm-up")));
        int before = google.fetches();

        var forger = FakeGoogleKeys.newKey();
        for (int i = 0; i < 10; i++) {
            var key = new com.nimbusds.jose.jwk.RSAKey.Builder(forger)
                    .keyID("forged-" + i)
                    .build();
            String forged = FakeGoogleKeys.sign(key, FakeGoogleKeys.validClaims("m"), c -> {});
            assertThat(api.get("/api/me", bearer(forged)).status()).isEqualTo(401);
        }

        assertThat(google.fetches() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void rotatedKeyIsPickedUpWhenATokenNamesIt() throws Exception {
        api.get("/api/me", bearer(google.token("warm-up")));
        Thread.sleep(2100); // past the refetch interval of this test context
        google.rotate();

        Response response = api.get("/api/me", bearer(google.token("bob")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void devTokenEndpointDoesNotExistInProduction() {
        Response response = api.post("/api/dev/token", "{\"uid\": \"x\"}");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void catalogReadsNeedNoToken() {
        assertThat(api.get("/api/movies").status()).isEqualTo(200);
    }

    /** A token that was valid for an hour and expired two minutes ago. */
    private static String expired(String uid) {
        Instant now = Instant.now();
        return google.token(
                uid,
                c -> c.issueTime(Date.from(now.minusSeconds(3720)))
                        .claim("auth_time", now.minusSeconds(3720).getEpochSecond())
                        .expirationTime(Date.from(now.minusSeconds(120))));
    }

    private static String withoutRequestId(Response response) {
        return response.body().replaceAll("\"request_id\":\"[^\"]*\"", "");
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static FakeGoogleKeys start() {
        try {
            return new FakeGoogleKeys();
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
