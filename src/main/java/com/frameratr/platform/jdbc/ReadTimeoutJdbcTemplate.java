package com.frameratr.platform.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every statement of a GET request ends after {@code read-statement-timeout}: a read that takes
 * longer (a pathological search, a lock held by a migration) is cancelled and answered 503, so one
 * anonymous client cannot keep a database connection busy for long. Writes and background work
 * (imports, purges) have no such bound. The JDBC driver cancels the statement on the server.
 * With {@code customPlans}, no statement is ever prepared on the server ({@link CustomPlans}).
 */
class ReadTimeoutJdbcTemplate extends JdbcTemplate {

    private final int timeoutSeconds;
    private final boolean customPlans;

    ReadTimeoutJdbcTemplate(DataSource dataSource, Duration timeout, boolean customPlans) {
        super(dataSource);
        this.customPlans = customPlans;
        // JDBC counts whole seconds; round up so that a timeout never becomes "none"
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        if (customPlans) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String method = attributes.getRequest().getMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                statement.setQueryTimeout(timeoutSeconds);
            }
        }
    }
}
