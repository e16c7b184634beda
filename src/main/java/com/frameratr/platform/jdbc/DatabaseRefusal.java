package com.frameratr.platform.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A database error as one log line: the exception's class, the SQLSTATE and, from PostgreSQL, the
 * table, column and constraint. Never its message or detail: PostgreSQL puts the refused row's
 * values there ("Failing row contains (...)"), Spring the statement, both over several lines.
 */
public final class DatabaseRefusal {

    private DatabaseRefusal() {}

    public static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder(failure.getClass().getSimpleName());
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return line.toString();
        }
        line.append(" sqlstate=").append(sql.getSQLState());
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            append(line, "table", server.getTable());
            append(line, "column", server.getColumn());
            append(line, "constraint", server.getConstraint());
        }
        return line.toString();
    }

    /** PostgreSQL's query_canceled: the statement ran into its timeout (ReadTimeoutDataSource). */
    public static boolean isStatementTimeout(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && "57014".equals(sql.getSQLState());
    }

    private static @Nullable SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void append(StringBuilder line, String name, @Nullable String value) {
        if (value != null) {
            line.append(' ').append(name).append('=').append(value);
        }
    }
}
