package com.frameratr.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The production build has no embedded PostgreSQL; without {@code DB_HOST} it would try
 * localhost:5432 and fail obscurely, deep in Flyway. Fail before anything starts and say what to set.
 */
class DatabaseRequiredCheck implements EnvironmentPostProcessor {

    static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = !environment.getProperty("DB_HOST", "").isBlank();
        if (!external && !ClassUtils.isPresent(EMBEDDED_CLASS, application.getClassLoader())) {
            throw new IllegalStateException("DB_HOST is not set and this build has no embedded PostgreSQL:"
                    + " set DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASS");
        }
    }
}
