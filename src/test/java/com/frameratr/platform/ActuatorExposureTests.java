package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/** On the service port only health; metrics and info only on MANAGEMENT_PORT, never without it. */
class ActuatorExposureTests {

    @Nested
    @IntegrationTest
    class WithoutManagementPort {

        @Autowired
        Api api;

        @Test
        void metricsAndInfoAre404OnTheServicePort() {
            assertNotFound(api.get("/actuator/metrics"));
            assertNotFound(api.get("/actuator/metrics/http.server.requests"));
            assertNotFound(api.get("/actuator/info"));
            assertNotFound(api.get("/actuator/env"));
        }

        @Test
        void healthStaysOnTheServicePort() {
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "MANAGEMENT_PORT=0")
    class WithManagementPort {

        @Autowired
        Api api;

        @LocalManagementPort
        int managementPort;

        @Test
        void metricsAndInfoAre404OnTheServicePort() {
            assertNotFound(api.get("/actuator/metrics"));
            assertNotFound(api.get("/actuator/info"));
        }

        @Test
        void metricsAndInfoAreServedOnTheManagementPort() throws Exception {
            api.get("/api/movies");

            var metrics = management("/actuator/metrics");
            var info = management("/actuator/info");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("\"http.server.requests\"");
            assertThat(info.statusCode()).isEqualTo(200);
        }

        @Test
        void theServicePortKeepsLivenessAndReadiness() {
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(api.get("/livez").status()).isEqualTo(200);
            assertThat(api.get("/readyz").status()).isEqualTo(200);
        }

        private java.net.http.HttpResponse<String> management(String path) throws Exception {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                                    .build(),
                            BodyHandlers.ofString());
        }
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }
}
