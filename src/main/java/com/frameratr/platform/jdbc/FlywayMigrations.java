package com.frameratr.platform.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What start-up does with the migrations ({@code DB_MIGRATIONS}, see {@link DatabaseSettings}):
 * apply them, or only validate that they are applied. Validating needs no more than reading
 * Flyway's history, which the app role may; a build whose migrations the one-off migration task has
 * not applied yet refuses to start. A database ahead of this build (a rollback) is accepted:
 * migrations are written to be compatible with the version before them.
 */
@Configuration(proxyBeanMethods = false)
class FlywayMigrations {

    private static final Logger log = LoggerFactory.getLogger(FlywayMigrations.class);

    @Bean
    FlywayMigrationStrategy migrationStrategy(@Value("${frameratr.migrations:apply}") String migrations) {
        if (migrations.equals("validate")) {
            return flyway -> {
                flyway.validate();
                log.info(
                        "Every migration of this build is applied (schema version {})",
                        flyway.info().current() == null
                                ? "none"
                                : flyway.info().current().getVersion());
            };
        }
        return flyway -> flyway.migrate();
    }
}
