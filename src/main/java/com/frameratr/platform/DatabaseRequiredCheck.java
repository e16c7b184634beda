package com.frameratr.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Which database, decided before anything starts. A set but blank {@code DB_HOST} is a mistake (a
 * missing secret, a typo), not "use the embedded database", and refuses to start. The production
 * build has no embedded PostgreSQL; without {@code DB_HOST} it would try localhost:5432 and fail
 * obscurely, deep in Flyway: fail first and say what to set.
 */
class DatabaseRequiredCheck implements EnvironmentPostProcessor {

    static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("DB_HOST");
        if (host != null && host.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(
                    "DB_HOST",
                    "'" + host + "'",
                    "it is set but blank; set it to the PostgreSQL host, or remove it for the embedded database");
        }
        if (host == null && !ClassUtils.isPresent(EMBEDDED_CLASS, application.getClassLoader())) {
            throw new IllegalStateException("DB_HOST is not set and this build has no embedded PostgreSQL:"
                    + " set DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASS");
        }
    }
}
