-- The role the service connects as in production: data only (SELECT, INSERT, UPDATE, DELETE on
-- the app's tables, sequences for identity columns), no DDL, no TRUNCATE, and only reading
-- Flyway's history (the service validates it at start-up). Migrations run as the owning user (RDS's
-- master user, in the one-off migration task), which then gives the role its password and LOGIN
-- ("java -jar frameratr.jar migrate", platform.MigrateCommand). Roles are cluster-wide, so the role
-- may exist already (another database of the same server, an earlier attempt).

DO
$$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frameratr_app') THEN
        CREATE ROLE frameratr_app NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO frameratr_app', current_database());
END;
$$;

GRANT USAGE ON SCHEMA public TO frameratr_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frameratr_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frameratr_app;
REVOKE INSERT, UPDATE, DELETE ON ${flyway:table} FROM frameratr_app;

-- Tables and sequences that later migrations create (as the same migrating user) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO frameratr_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO frameratr_app;
