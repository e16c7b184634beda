package com.frameratr.platform.jdbc;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar frameratr.jar migrate}: the one-off task a deploy runs before the service rolls.
 * It connects as the owning user (RDS's master user); by the time it runs, start-up has applied the
 * migrations. It then grants {@code frameratr_app} DML on every table ({@link AppRoleRepository})
 * and, with {@code FRAMERATR_APP_DB_PASSWORD}, lets it log in with that password: the only
 * credential the service itself gets. Exit code 0 done, 1 failed, 2 bad settings.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "migrate")
class MigrateCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String APP_PASSWORD = "FRAMERATR_APP_DB_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(MigrateCommand.class);

    private final AppRoleRepository role;
    private final Flyway flyway;
    private final Environment environment;
    private int exitCode;

    MigrateCommand(AppRoleRepository role, Flyway flyway, Environment environment) {
        this.role = role;
        this.flyway = flyway;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String version = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().toString();
        String password = environment.getProperty(APP_PASSWORD);
        if (password != null && (password.isBlank() || password.length() < 16)) {
            log.error("{} must be at least 16 characters; nothing was granted", APP_PASSWORD);
            exitCode = 2;
            return;
        }
        try {
            role.grant(flyway.getConfiguration().getTable());
            if (password == null) {
                log.warn(
                        "Migrated to schema version {}; {} is not set, so {} keeps its password",
                        version,
                        APP_PASSWORD,
                        AppRoleRepository.ROLE);
                return;
            }
            role.allowLogin(password.toCharArray());
            log.info(
                    "Migrated to schema version {}; {} may log in with {}",
                    version,
                    AppRoleRepository.ROLE,
                    APP_PASSWORD);
        } catch (DataAccessException ex) {
            log.error(
                    "Migrated to schema version {}, but {} could not be granted or given its password: {}",
                    version,
                    AppRoleRepository.ROLE,
                    DatabaseRefusal.describe(ex));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
