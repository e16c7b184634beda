package com.frameratr.platform.jdbc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Which database, how to reach it and what to do with its migrations, decided before anything
 * starts, failing closed:
 *
 * <ul>
 *   <li>{@code DB_HOST} unset: the embedded PostgreSQL (absent from the production build: then say
 *       what to set instead of failing deep in Flyway). Set but blank: a mistake (a missing secret),
 *       not "embedded", and the service does not start.
 *   <li>{@code DB_SSLMODE} ({@code disable}, {@code prefer} by default, ..., {@code verify-full},
 *       which the image sets with the RDS CA bundle in {@code DB_SSLROOTCERT}) go into the JDBC URL.
 *   <li>{@code DB_MIGRATIONS}: {@code apply} (default) runs pending migrations at start-up;
 *       {@code validate} (the ECS service, whose role may not change the schema) only checks that
 *       every migration of this build is applied, and refuses to start otherwise.
 * </ul>
 */
class DatabaseSettings implements EnvironmentPostProcessor {

    static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Set<String> MIGRATIONS = Set.of("apply", "validate");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("DB_HOST");
        if (host != null && host.isBlank()) {
            throw invalid(
                    "DB_HOST",
                    host,
                    "it is set but blank; set it to the PostgreSQL host, or remove it for the" + " embedded database");
        }
        if (host == null && !ClassUtils.isPresent(EMBEDDED_CLASS, application.getClassLoader())) {
            throw new IllegalStateException("DB_HOST is not set and this build has no embedded PostgreSQL:"
                    + " set DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASS");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        if (host != null) {
            settings.put("spring.datasource.url", jdbcUrl(environment, host.strip()));
        }
        String migrations = oneOf(environment, "DB_MIGRATIONS", "apply", MIGRATIONS);
        settings.put("frameratr.migrations", migrations);
        environment.getPropertySources().addFirst(new MapPropertySource("frameratrDatabase", settings));
    }

    private static String jdbcUrl(ConfigurableEnvironment environment, String host) {
        String port = environment.getProperty("DB_PORT", "5432").strip();
        if (!port.matches("\\d{1,5}")) {
            throw invalid("DB_PORT", port, "must be a port number");
        }
        String name = environment.getProperty("DB_NAME", "frameratr").strip();
        if (!name.matches("[A-Za-z0-9_-]{1,63}")) {
            throw invalid("DB_NAME", name, "must be a database name of letters, digits, _ and -");
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(host)
                .append(':')
                .append(port)
                .append('/')
                .append(name)
                .append("?sslmode=")
                .append(oneOf(environment, "DB_SSLMODE", "prefer", SSL_MODES));
        String rootCert = environment.getProperty("DB_SSLROOTCERT");
        if (rootCert != null && !rootCert.isBlank()) {
            if (!rootCert.matches("[A-Za-z0-9_./-]+")) {
                throw invalid("DB_SSLROOTCERT", rootCert, "must be a file path");
            }
            url.append("&sslrootcert=").append(rootCert.strip());
        }
        return url.toString();
    }

    private static String oneOf(
            ConfigurableEnvironment environment, String name, String fallback, Set<String> allowed) {
        String value = environment.getProperty(name, fallback).strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw invalid(
                    name,
                    value,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    private static InvalidConfigurationPropertyValueException invalid(String name, String value, String reason) {
        return new InvalidConfigurationPropertyValueException(name, value, reason);
    }
}
