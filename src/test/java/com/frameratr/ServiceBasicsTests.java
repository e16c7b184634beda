package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ServiceBasicsTests {

    @Autowired
    Api api;

    @Autowired
    MeterRegistry meters;

    @Test
    void healthSaysOk() {
        var response = api.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void requestsAreMeasuredAsAWholeButSecurityFiltersAreNotObservedOneByOne() {
        api.get("/api/movies");
        api.get("/api/me");

        var names = meters.getMeters().stream().map(m -> m.getId().getName()).toList();

        assertThat(names).contains("http.server.requests");
        assertThat(names).noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void indexLinksDocsAndHealth() {
        var response = api.get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("docs").asString()).isEqualTo("/docs");
        assertThat(response.json().get("health").asString()).isEqualTo("/health");
    }
}
