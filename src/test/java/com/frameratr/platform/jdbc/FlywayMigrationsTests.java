package com.frameratr.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The AOT training run of the image's build has no database; every run that serves must still
 * reach one. A Flyway whose database refuses connections shows which of the two a strategy does.
 */
class FlywayMigrationsTests {

    private final Flyway unreachable = Flyway.configure()
            .dataSource("jdbc:postgresql://127.0.0.1:1/frameratr?connectTimeout=2", "nobody", "nothing")
            .connectRetries(0)
            .load();

    @Test
    void aRunThatExitsOnRefreshLeavesTheMigrationsAlone() {
        assertThatCode(() -> FlywayMigrations.strategy("apply", "onRefresh").migrate(unreachable))
                .doesNotThrowAnyException();
        assertThatCode(() -> FlywayMigrations.strategy("validate", "onRefresh").migrate(unreachable))
                .doesNotThrowAnyException();
    }

    @Test
    void aServingRunAppliesTheMigrations() {
        assertThatThrownBy(() -> FlywayMigrations.strategy("apply", null).migrate(unreachable))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("Unable to obtain connection");
    }

    @Test
    void aServingRunThatValidatesStillNeedsTheDatabase() {
        assertThatThrownBy(() -> FlywayMigrations.strategy("validate", null).migrate(unreachable))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("Unable to obtain connection");
    }

    @Test
    void anyOtherContextExitValueIsAServingRun() {
        assertThatThrownBy(() -> FlywayMigrations.strategy("apply", "").migrate(unreachable))
                .isInstanceOf(FlywayException.class);
        assertThatThrownBy(() -> FlywayMigrations.strategy("apply", "never").migrate(unreachable))
                .isInstanceOf(FlywayException.class);
    }
}
