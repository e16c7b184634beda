package com.frameratr.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.FakeTmdb;
import com.frameratr.support.FakeTmdb.Reply;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.unit.DataSize;

/** The client alone against the fake TMDb, with a v3 API key (the integration tests use a v4 token). */
@ExtendWith(OutputCaptureExtension.class)
class TmdbHttpTests {

    static final Duration WAIT = Duration.ofSeconds(1);

    final FakeTmdb tmdb = FakeTmdb.start();

    @BeforeEach
    void resetFake() {
        tmdb.reset();
    }

    @Test
    void sendsAV3KeyAsApiKeyParameterAndNoBearerToken() {
        UpstreamAnswer answer = client(FakeTmdb.V3_KEY).get(TmdbRequest.details("movie", 603), WAIT);

        assertThat(answer.found()).isTrue();
        assertThat(tmdb.calls()).singleElement().satisfies(call -> {
            assertThat(call.bearer()).isFalse();
            assertThat(call.query()).containsEntry("api_key", FakeTmdb.V3_KEY);
        });
    }

    @Test
    void aRejectedTokenIsA502WithoutRetries() {
        assertThatThrownBy(() -> client("not-the-token").get(TmdbRequest.details("movie", 603), WAIT))
                .isInstanceOfSatisfying(
                        TmdbUnavailableException.class,
                        ex -> assertThat(ex.getMessage()).isEqualTo("TMDb failed: TMDB_TOKEN was rejected"));
        assertThat(tmdb.calls()).hasSize(1);
    }

    @Test
    void neitherLogsNorErrorsCarryTheV3Key(CapturedOutput output) {
        tmdb.always("/movie/680", Reply.status(502));
        tmdb.always("/movie/550", Reply.delayed(1_500));
        TmdbHttp client = client(FakeTmdb.V3_KEY);

        assertThatThrownBy(() -> client.get(TmdbRequest.details("movie", 680), WAIT))
                .isInstanceOfSatisfying(
                        TmdbUnavailableException.class,
                        ex -> assertThat(ex.getMessage()).doesNotContain(FakeTmdb.V3_KEY));
        assertThatThrownBy(() -> client.get(TmdbRequest.details("movie", 550), WAIT))
                .isInstanceOfSatisfying(
                        TmdbUnavailableException.class,
                        ex -> assertThat(ex.getMessage()).doesNotContain(FakeTmdb.V3_KEY));

        assertThat(output.getAll()).contains("TMDb GET /movie/550 failed").doesNotContain(FakeTmdb.V3_KEY);
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        String inFiveSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(5));

        assertThat(TmdbHttp.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(TmdbHttp.retryAfter(inFiveSeconds)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
        assertThat(TmdbHttp.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
        assertThat(TmdbHttp.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
    }

    private TmdbHttp client(String token) {
        TmdbProperties properties = new TmdbProperties(
                token,
                URI.create(tmdb.baseUrl()),
                0, // no rate limit: the limiter never touches its (absent) database
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                2,
                Duration.ofSeconds(3),
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                0.5,
                30,
                10,
                DataSize.ofMegabytes(1),
                1000,
                DataSize.ofMegabytes(10),
                DataSize.ofKilobytes(512),
                Duration.ofDays(1),
                new TmdbProperties.Ttl(
                        Duration.ofHours(1),
                        Duration.ofHours(24),
                        Duration.ofMinutes(15),
                        Duration.ofDays(7),
                        Duration.ofMinutes(10)));
        var unusedDatabase = JdbcClient.create(new SimpleDriverDataSource());
        return new TmdbHttp(properties, new TmdbRateLimiter(new RateLimitRepository(unusedDatabase), properties));
    }
}
