package com.frameratr.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar frameratr.jar migrate}: the one-off task a deploy runs before the service rolls.
 * It connects as the migrating user (RDS's master user), and by then start-up has applied the
 * migrations (V5 creates the role {@code frameratr_app} without login and grants it only DML). Then
 * it lets {@code frameratr_app} log in with {@code FRAMERATR_APP_DB_PASSWORD}, the only credential
 * the service itself gets. The password is hashed (SCRAM) by the driver before it is sent, so it
 * reaches no server log. Exit code 0 done, 1 failed, 2 bad settings.
 */
@Component
@ConditionalOnProperty(name = "frameratr.command", havingValue = "migrate")
class MigrateCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String APP_ROLE = "frameratr_app";
    static final String APP_PASSWORD = "FRAMERATR_APP_DB_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(MigrateCommand.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Environment environment;
    private int exitCode;

    MigrateCommand(DataSource dataSource, Flyway flyway, Environment environment) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String version = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().toString();
        String password = environment.getProperty(APP_PASSWORD);
        if (password == null) {
            log.warn(
                    "Migrated to schema version {}; {} is not set, so {} keeps its password",
                    version,
                    APP_PASSWORD,
                    APP_ROLE);
            return;
        }
        if (password.isBlank() || password.length() < 16) {
            log.error("{} must be at least 16 characters; {} was not changed", APP_PASSWORD, APP_ROLE);
            exitCode = 2;
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(APP_ROLE, password.toCharArray(), "scram-sha-256");
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER ROLE " + APP_ROLE + " LOGIN");
            }
            log.info("Migrated to schema version {}; {} may log in with {}", version, APP_ROLE, APP_PASSWORD);
        } catch (SQLException ex) {
            log.error(
                    "Migrated to schema version {}, but {} could not be given its password: {}",
                    version,
                    APP_ROLE,
                    DatabaseRefusal.describe(ex));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
