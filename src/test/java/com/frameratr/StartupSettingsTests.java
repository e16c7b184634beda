package com.frameratr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameratr.support.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Settings that would open the service to anyone, or point it at the wrong database, stop it before
 * it connects anywhere or opens a port: a blank FIREBASE_PROJECT_ID, a blank DB_HOST, an external
 * database without a Firebase project or an explicit FRAMERATR_DEV_AUTH=true.
 */
class StartupSettingsTests {

    @TempDir
    Path home;

    @Test
    void blankProjectIdStopsTheProcessWithANonZeroExitAndSaysWhy() throws Exception {
        ServiceProcess.Exited exited = ServiceProcess.runUntilExit(home, Map.of("FIREBASE_PROJECT_ID", " "));

        assertThat(exited.exitCode()).as(exited.output()).isNotZero();
        assertThat(exited.output()).contains("FIREBASE_PROJECT_ID").contains("set but blank");
        assertThat(exited.output()).doesNotContain("Tomcat started");
        assertThat(Files.exists(home.resolve("pgdata")))
                .as("no database was started")
                .isFalse();
    }

    @Test
    void emptyProjectIdRefusesToStart() {
        assertThatThrownBy(() -> start("--FIREBASE_PROJECT_ID="))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("FIREBASE_PROJECT_ID");
    }

    @Test
    void whitespaceProjectIdRefusesToStart() {
        assertThatThrownBy(() -> start("--FIREBASE_PROJECT_ID=   "))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("FIREBASE_PROJECT_ID");
    }

    @Test
    void externalDatabaseWithoutProjectIdOrOptInRefusesToStart() {
        assertThatThrownBy(() -> start("--DB_HOST=localhost", "--DB_PORT=1"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("FRAMERATR_DEV_AUTH=true");
    }

    @Test
    void blankDatabaseHostRefusesToStart() {
        assertThatThrownBy(() -> start("--DB_HOST= "))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("DB_HOST");
    }

    @Test
    void trustedProxiesMustBeCidrBlocks() {
        assertThatThrownBy(() -> start("--TRUSTED_PROXY_CIDRS=.*"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("TRUSTED_PROXY_CIDRS");
    }

    @Test
    void managementPortMustBeAPort() {
        assertThatThrownBy(() -> start("--MANAGEMENT_PORT=metrics"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("MANAGEMENT_PORT");
    }

    @Test
    void sslModeAndMigrationsAreValidated() {
        assertThatThrownBy(() -> start("--DB_HOST=localhost", "--FRAMERATR_DEV_AUTH=true", "--DB_SSLMODE=maybe"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("DB_SSLMODE");
        assertThatThrownBy(() -> start("--DB_MIGRATIONS=sometimes"))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("DB_MIGRATIONS");
    }

    private void start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--frameratr.home=" + home;
        new SpringApplicationBuilder(FrameRatrApplication.class).run(all).close();
    }
}
