package com.frameratr.platform.embedded;

import com.frameratr.platform.PlatformProperties;
import com.frameratr.platform.jdbc.DatabaseDescription;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 16 inside the process when no {@code DB_HOST} is configured. Its data lives in
 * {@code $FRAMERATR_HOME/pgdata} and survives restarts; tests set
 * {@code frameratr.embedded-postgres.ephemeral=true} for a throw-away directory per context.
 * Boot's DataSource auto-configuration connects through the {@link JdbcConnectionDetails} given
 * here, so the Hikari settings of application.yaml apply to this pool as to an external one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${DB_HOST:}'.isBlank()")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            PlatformProperties properties,
            @Value("${frameratr.embedded-postgres.ephemeral:false}") boolean ephemeral,
            @Value("${frameratr.embedded-postgres.port:0}") int port)
            throws IOException {
        // the library's own JVM shutdown hook stopped PostgreSQL while Spring's was still closing the
        // context, so beans that write on close (the event publication registry) and requests still
        // finishing during a graceful shutdown found the database gone; the context closes it last
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        if (ephemeral) {
            // a throw-away database: a crash loses it anyway, so do not wait for the disk
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        } else {
            // the library's default is synchronous_commit=off: a commit was acknowledged before its
            // WAL was written, and a SIGKILL of PostgreSQL lost it (3 of 60 acknowledged ratings in
            // ServiceProcessTests). Local data is kept like a server's.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            Path dataDirectory =
                    properties.home().resolve("pgdata").toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory.getParent());
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    @Bean
    DatabaseDescription embeddedDatabaseDescription(
            PlatformProperties properties,
            EmbeddedPostgres postgres,
            @Value("${frameratr.embedded-postgres.ephemeral:false}") boolean ephemeral) {
        String where = ephemeral
                ? "a temporary directory"
                : properties
                        .home()
                        .resolve("pgdata")
                        .toAbsolutePath()
                        .normalize()
                        .toString();
        String description = "embedded PostgreSQL 16 on port " + postgres.getPort() + " (data in " + where + ")";
        return () -> description;
    }
}
