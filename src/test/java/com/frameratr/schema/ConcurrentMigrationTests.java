package com.frameratr.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several tasks start at once in production; each runs Flyway against the same database. */
class ConcurrentMigrationTests {

    @Test
    void twoInstancesMigratingAtOnceApplyEachMigrationOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource first = postgres.getPostgresDatabase();
            DataSource second = postgres.getPostgresDatabase();
            CyclicBarrier start = new CyclicBarrier(2);

            var results = List.of(first, second).stream()
                    .map(dataSource -> CompletableFuture.supplyAsync(() -> migrate(dataSource, start)))
                    .toList()
                    .stream()
                    .map(CompletableFuture::join)
                    .toList();

            assertThat(results).allSatisfy(result -> assertThat(result.success).isTrue());
            assertThat(results.stream()
                            .mapToInt(result -> result.migrationsExecuted)
                            .sum())
                    .isEqualTo(results.stream()
                            .mapToInt(r -> r.migrationsExecuted)
                            .max()
                            .orElseThrow());
            JdbcClient jdbc = JdbcClient.create(first);
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM titles")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    private static MigrateResult migrate(DataSource dataSource, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return Migrations.all(dataSource).migrate();
    }
}
