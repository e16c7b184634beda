package com.frameratr.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default client's statements become server-side prepared statements after pgjdbc's threshold
 * (PostgreSQL may then plan them once for all parameters); the {@link CustomPlans} client's never
 * do, so each execution is planned for its parameters. Seen in pg_prepared_statements of the one
 * connection a transaction holds.
 */
@IntegrationTest
class CustomPlansTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @CustomPlans
    JdbcClient customPlans;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDefaultClientPreparesOnTheServerAfterTheThresholdAndTheCustomPlanClientNever() {
        long[] prepared = transactions.execute(status -> {
            for (int i = 0; i < 10; i++) {
                jdbc.sql("SELECT count(*) FROM titles WHERE title LIKE :p /* default client */")
                        .param("p", "%a" + i + "%")
                        .query(Long.class)
                        .single();
                customPlans
                        .sql("SELECT count(*) FROM titles WHERE title LIKE :p /* custom plans */")
                        .param("p", "%a" + i + "%")
                        .query(Long.class)
                        .single();
            }
            return new long[] {serverPrepared("default client"), serverPrepared("custom plans")};
        });

        assertThat(prepared).containsExactly(1, 0);
    }

    private long serverPrepared(String marker) {
        return jdbc.sql("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE :marker")
                .param("marker", "%/* " + marker + " */%")
                .query(Long.class)
                .single();
    }
}
