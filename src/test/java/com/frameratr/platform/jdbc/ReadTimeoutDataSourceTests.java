package com.frameratr.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads of a GET or HEAD request run with PostgreSQL's statement_timeout set to the read bound;
 * the same pooled connections, handed to a write or to background work, run with the server's own
 * setting (none here), however the kinds alternate. (The 503 a request gets is
 * CatalogPagingBoundsTests' subject; the same 1 s bound shares its context.)
 */
@IntegrationTest
@TestPropertySource(properties = "frameratr.read-statement-timeout=1s")
class ReadTimeoutDataSourceTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aReadHasTheBoundAndAWriteOrAJobTheServersSettingOnTheSameConnectionsInAnyOrder() {
        List<String> seen = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            for (String kind : List.of("GET", "POST", "HEAD", "job", "DELETE", "GET", "GET", "PUT")) {
                as(kind);
                seen.add(kind + " " + statementTimeout());
                expected.add(kind + (kind.equals("GET") || kind.equals("HEAD") ? " 1s" : " 0"));
            }
        }

        assertThat(seen).hasSize(96).isEqualTo(expected);
    }

    @Test
    void aTransactionOfAReadHasTheBoundThroughout() {
        as("POST");
        assertThat(statementTimeout()).isEqualTo("0");
        as("GET");

        List<String> inside = transactions.execute(status -> List.of(statementTimeout(), statementTimeout()));

        assertThat(inside).containsExactly("1s", "1s");
    }

    @Test
    void aReadLongerThanTheBoundIsCancelledAndTheSameStatementInAWriteIsNot() {
        as("GET");
        assertThatThrownBy(() ->
                        jdbc.sql("SELECT pg_sleep(1.3)").query(String.class).single())
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("canceling statement due to statement timeout");

        as("POST");
        assertThat(jdbc.sql("SELECT pg_sleep(1.3)::text").query(String.class).single())
                .isEqualTo("");
    }

    @Test
    void theBoundIsTheDataSourceTheContextHandsOut() {
        assertThat(dataSource).isInstanceOf(ReadTimeoutDataSource.class);
    }

    @Test
    void aZeroOrNegativeBoundIsRefusedRatherThanMeaningNone() {
        for (Duration bound : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> new ReadTimeoutDataSource(dataSource, bound))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("frameratr.read-statement-timeout must be positive, is " + bound);
        }
    }

    private String statementTimeout() {
        return jdbc.sql("SHOW statement_timeout").query(String.class).single();
    }

    private static void as(String kind) {
        if (kind.equals("job")) {
            RequestContextHolder.resetRequestAttributes();
        } else {
            RequestContextHolder.setRequestAttributes(
                    new ServletRequestAttributes(new MockHttpServletRequest(kind, "/api/anything")));
        }
    }
}
