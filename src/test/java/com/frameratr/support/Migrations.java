package com.frameratr.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/** The service's migrations run directly by Flyway, for tests of a migration on a previous version's data. */
public final class Migrations {

    private Migrations() {}

    /** Up to and including {@code target} (e.g. "25"), or all of them when null. */
    public static Flyway upTo(DataSource dataSource, @Nullable String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    public static Flyway all(DataSource dataSource) {
        return upTo(dataSource, null);
    }
}
