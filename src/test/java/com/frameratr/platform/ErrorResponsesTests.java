package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.Api.Response;
import com.frameratr.support.DevTokens;
import com.frameratr.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import probe.ProbeController;

/** Every error class answers problem+json with an `error` member and nothing from the inside. */
@IntegrationTest
@Import(ProbeController.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesTests {

    @Autowired
    Api api;

    @Test
    void unknownPathIs404() {
        assertProblem(api.get("/nothing-here"), 404, "not-found");
        assertProblem(api.get("/api/nothing-here", DevTokens.bearer(api, "explorer")), 404, "not-found");
    }

    @Test
    void unknownApiPathWithoutATokenIs401() {
        // default deny: without a token nothing under /api but the public reads answers, not even 404
        assertProblem(api.get("/api/nothing-here"), 401, "unauthorized");
    }

    @Test
    void wrongMethodIs405() {
        Response response = api.delete("/api/movies", DevTokens.bearer(api, "explorer"));

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET");
        assertProblem(api.post("/health", "{}"), 405, "method-not-allowed");
    }

    @Test
    void wrongContentTypeIs415() {
        Response response = api.send(api.request("/test/echo")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("name=x"))
                .build());

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("/test/echo", "{\"name\": "), 400, "invalid-body");
        assertProblem(api.post("/test/echo", "[1, 2]"), 400, "invalid-body");
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        Response response = api.post("/test/echo", "{\"name\": \"x\", \"count\": \"many\"}");

        assertProblem(response, 400, "invalid-body");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("count");
    }

    @Test
    void invalidFieldIs400WithEachFieldAndWhy() {
        Response response = api.post("/test/echo", "{\"name\": \" \", \"count\": 11}");

        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().get("errors").toString())
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"count\"");
    }

    @Test
    void declaredOversizedBodyIs413() {
        Response response = api.post("/test/echo", "{\"name\": \"" + "x".repeat(70_000) + "\", \"count\": 1}");

        assertProblem(response, 413, "body-too-large");
    }

    @Test
    void chunkedOversizedBodyIs413() {
        byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.UTF_8);
        var body = BodyPublishers.fromPublisher(BodyPublishers.concat(
                BodyPublishers.ofString("{\"name\": \""),
                BodyPublishers.ofByteArrays(java.util.Collections.nCopies(10, chunk)),
                BodyPublishers.ofString("\", \"count\": 1}")));
        Response response = api.send(api.request("/test/echo")
                .header("Content-Type", "application/json")
                .POST(unknownLength(body))
                .build());

        assertProblem(response, 413, "body-too-large");
    }

    @Test
    void unexpectedErrorIs500WithoutInternals(CapturedOutput output) {
        Response response = api.get("/test/boom");

        assertProblem(response, 500, "internal");
        assertThat(response.body()).doesNotContain("SELECT", "hunter2", "IllegalStateException", "at com.");
        assertThat(output.getOut()).contains("Unexpected error");
    }

    @Test
    void databaseUnavailableIs503WithRetryAfter() {
        Response response = api.get("/test/database-down");

        assertProblem(response, 503, "database-unavailable");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.body()).doesNotContain("db.internal", "hunter2");
    }

    @Test
    void transactionsWithoutADatabaseAre503NotA500() {
        for (String path : List.of("/test/transaction-no-connection", "/test/transaction-connection-lost")) {
            Response response = api.get(path);

            assertProblem(response, 503, "database-unavailable");
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.body()).doesNotContain("db.internal", "hunter2", "backend");
        }
    }

    @Test
    void everyResponseCarriesARequestId() {
        Response generated = api.get("/health");
        Response echoed = api.get("/api/movies/0", "X-Request-Id", "abc-123");
        Response unsafe = api.get("/health", "X-Request-Id", "<script>");

        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(echoed.json().get("request_id").asString()).isEqualTo("abc-123");
        assertThat(unsafe.header("X-Request-Id")).isNotEqualTo("<script>");
    }

    @Test
    void requestIdIsInTheRequestsLogLines(CapturedOutput output) {
        api.get("/test/boom", "X-Request-Id", "trace-me-42");

        assertThat(output.getOut().lines().filter(line -> line.contains("Unexpected error")))
                .anySatisfy(line -> assertThat(line).contains("[trace-me-42]"));
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:frameratr:problem:" + type);
        assertThat(response.json().get("error").asString()).isNotBlank();
        assertThat(response.json().get("error").asString())
                .isEqualTo(response.json().get("detail").asString());
    }

    /** Hides the length so the client sends the body chunked. */
    private static HttpRequest.BodyPublisher unknownLength(HttpRequest.BodyPublisher body) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                body.subscribe(subscriber);
            }
        };
    }
}
