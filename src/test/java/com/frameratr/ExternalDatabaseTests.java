package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.platform.jdbc.DatabaseDescription;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With DB_* set, the service uses that PostgreSQL (here a separate server) and migrates it. */
class ExternalDatabaseTests {

    @Test
    void usesAndMigratesTheConfiguredDatabase() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                var context = new SpringApplicationBuilder(FrameRatrApplication.class)
                        // no Firebase project in tests: the dev issuer, opted into for an external database
                        .run(
                                "--DB_HOST=localhost",
                                "--FRAMERATR_DEV_AUTH=true",
                                "--DB_PORT=" + external.getPort(),
                                "--DB_NAME=postgres",
                                "--DB_USER=postgres",
                                "--DB_PASS=",
                                "--server.port=0")) {
            var description = context.getBean(DatabaseDescription.class).describe();
            // the pool behind platform.jdbc.ReadTimeoutDataSource
            var pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);

            assertThat(description).isEqualTo("PostgreSQL at localhost:" + external.getPort() + "/postgres");
            assertThat(pool.getJdbcUrl())
                    .isEqualTo("jdbc:postgresql://localhost:" + external.getPort() + "/postgres?sslmode=prefer");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(8);
            assertThat(context.containsBean("embeddedPostgres")).isFalse();
            assertThat(JdbcClient.create(external.getPostgresDatabase())
                            .sql("SELECT count(*) FROM titles")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    /** DB_SSLMODE reaches the driver: verify-full (the image's) refuses a server that offers no TLS. */
    @Test
    void verifyFullRefusesAServerWithoutTls() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(FrameRatrApplication.class)
                            .run(
                                    "--DB_HOST=localhost",
                                    "--FRAMERATR_DEV_AUTH=true",
                                    "--DB_PORT=" + external.getPort(),
                                    "--DB_NAME=postgres",
                                    "--DB_USER=postgres",
                                    "--DB_SSLMODE=verify-full",
                                    "--server.port=0")
                            .close())
                    .hasStackTraceContaining("The server does not support SSL");
        }
    }
}
