package com.frameratr.platform.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every statement of a GET or HEAD request ends after {@code read-statement-timeout}: a read that
 * takes longer (a pathological search, a lock held by a migration) is cancelled by PostgreSQL and
 * answered 503, so one anonymous client cannot keep a database connection busy for long. Writes and
 * background work (imports, purges, the model rebuild) run with the server's own setting.
 *
 * <p>The bound is PostgreSQL's {@code statement_timeout}, set when a connection is handed to work of
 * the other kind and remembered per physical connection, so a pool that serves mostly reads sets it
 * about once per connection. The driver's {@code setQueryTimeout} instead scheduled a timer task (and
 * woke the timer thread) for every statement of every GET: 12 % of the CPU samples of a
 * recommendation request. The {@code SET} runs at checkout, before any transaction begins, so no
 * rollback can undo it behind this class's back.
 */
final class ReadTimeoutDataSource extends DelegatingDataSource implements AutoCloseable {

    private final String bound;

    /** True where the connection's session has the read bound, false where it has the server's. */
    private final Map<PGConnection, Boolean> readBounded = Collections.synchronizedMap(new WeakHashMap<>());

    ReadTimeoutDataSource(DataSource target, Duration timeout) {
        super(target);
        if (timeout.isNegative() || timeout.isZero()) {
            // statement_timeout 0 means "none": a blank bound must not switch reads' bound off
            throw new IllegalArgumentException("frameratr.read-statement-timeout must be positive, is " + timeout);
        }
        this.bound = "SET statement_timeout = " + Math.max(1, timeout.toMillis());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepared(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepared(super.getConnection(username, password));
    }

    private Connection prepared(Connection connection) throws SQLException {
        try {
            boolean read = servesARead();
            PGConnection session = connection.unwrap(PGConnection.class);
            if (!Boolean.valueOf(read).equals(readBounded.get(session))) {
                readBounded.remove(session);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(read ? bound : "RESET statement_timeout");
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                readBounded.put(session, read);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The context closes the pool through this wrapper (a wrapper without close() would leak it). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static boolean servesARead() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String method = attributes.getRequest().getMethod();
            return method.equals("GET") || method.equals("HEAD");
        }
        return false;
    }
}
