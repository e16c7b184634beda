package com.frameratr.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Failed tokens: counted per reason, logged at INFO with the check and never the token, rate-limited. */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationFailuresTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();
    private final AuthenticationFailures failures = new AuthenticationFailures(registry, nanos::get);
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");

    @Test
    void countsEachFailureByTheCheckThatFailed() {
        failures.record(rejected("missing-kid"), request, false);
        failures.record(rejected("missing-kid"), request, false);
        failures.record(rejected("expired"), request, true);
        failures.record(new AuthenticationServiceException("keys down"), request, false);

        assertThat(count("missing-kid")).isEqualTo(2);
        assertThat(count("expired")).isEqualTo(1);
        assertThat(count("keys-unavailable")).isEqualTo(1);
    }

    @Test
    void logsTheCheckPathAndClientButNeverTheToken(CapturedOutput output) {
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.secret-payload.sig");
        request.setRemoteAddr("203.0.113.7");

        failures.record(rejected("audience"), request, false);

        assertThat(output.getOut())
                .contains("INFO")
                .contains("Authentication failed: audience on GET /api/me from 203.0.113.7")
                .doesNotContain("secret-payload")
                .doesNotContain("eyJ");
    }

    @Test
    void logIsRateLimitedAndSaysHowManyLinesItLeftOut(CapturedOutput output) {
        for (int i = 0; i < 15; i++) {
            failures.record(rejected("signature"), request, false);
        }
        assertThat(lines(output)).isEqualTo(10);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        failures.record(rejected("signature"), request, false);

        assertThat(lines(output)).isEqualTo(11);
        assertThat(output.getOut()).contains("(5 more failures not logged)");
        assertThat(count("signature")).isEqualTo(16);
    }

    private static InvalidBearerTokenException rejected(String reason) {
        return new InvalidBearerTokenException("invalid", new TokenRejection(reason, new RuntimeException()));
    }

    private double count(String reason) {
        return registry.get(AuthenticationFailures.METRIC)
                .tag("reason", reason)
                .counter()
                .count();
    }

    private static long lines(CapturedOutput output) {
        return output.getOut()
                .lines()
                .filter(l -> l.contains("Authentication failed"))
                .count();
    }
}
