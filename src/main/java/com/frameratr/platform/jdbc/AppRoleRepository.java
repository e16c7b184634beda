package com.frameratr.platform.jdbc;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The role the service connects as in production, {@code frameratr_app}: data only (SELECT,
 * INSERT, UPDATE, DELETE on the app's tables, its sequences), no DDL, no TRUNCATE, and Flyway's
 * history read-only (the service validates it at start-up). Made and granted by the migrate
 * command after every migration, so new tables are granted whoever created them; it needs a user
 * with CREATEROLE (RDS's master user), which ordinary runs against a plain database owner never ask
 * for. Roles are cluster-wide, so the role may exist already.
 */
@Repository
class AppRoleRepository {

    static final String ROLE = "frameratr_app";

    private static final String CREATE_ROLE = """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frameratr_app') THEN
                    CREATE ROLE frameratr_app NOLOGIN;
                END IF;
                EXECUTE format('GRANT CONNECT ON DATABASE %I TO frameratr_app', current_database());
            END;
            $$
            """;

    private static final String GRANT_SCHEMA = """
            GRANT USAGE ON SCHEMA public TO frameratr_app
            """;

    private static final String GRANT_TABLES = """
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frameratr_app
            """;

    private static final String GRANT_SEQUENCES = """
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frameratr_app
            """;

    // the history's name is Flyway's setting, an identifier: quoted by PostgreSQL's own quote_ident
    private static final String HISTORY_READ_ONLY = """
            DO $$
            BEGIN
                EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %%I FROM frameratr_app', '%s');
            END;
            $$
            """;

    private static final String LOGIN = """
            ALTER ROLE frameratr_app LOGIN
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AppRoleRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Creates the role if needed and grants it exactly DML on every table of the schema. */
    void grant(String historyTable) {
        if (!historyTable.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("unexpected Flyway history table name");
        }
        jdbc.sql(CREATE_ROLE).update();
        jdbc.sql(GRANT_SCHEMA).update();
        jdbc.sql(GRANT_TABLES).update();
        jdbc.sql(GRANT_SEQUENCES).update();
        jdbc.sql(HISTORY_READ_ONLY.formatted(historyTable)).update();
    }

    /** Sets the role's password (hashed with SCRAM by the driver, so it reaches no server log) and lets it log in. */
    void allowLogin(char[] password) {
        template.execute((ConnectionCallback<Void>) connection -> {
            connection.unwrap(PGConnection.class).alterUserPassword(ROLE, password, "scram-sha-256");
            return null;
        });
        jdbc.sql(LOGIN).update();
    }
}
