package com.frameratr.platform.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/** The template behind {@link CustomPlans}: no statement is ever prepared on the server. */
final class CustomPlanJdbcTemplate extends JdbcTemplate {

    CustomPlanJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
}
