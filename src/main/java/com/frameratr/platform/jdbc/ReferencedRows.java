package com.frameratr.platform.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes that reference rows which nearly always exist already (the user's row, the title) run
 * as one statement first; only when PostgreSQL reports a missing referenced row (a foreign key
 * violation) are the rows created and the same write run once more. The common case then costs
 * one round trip instead of an existence check per reference and a transaction around the pair:
 * POST /api/ratings went from four round trips to one. Any other refusal is not retried.
 *
 * <p><b>The rule: no transaction may surround the write.</b> A foreign-key violation aborts a
 * PostgreSQL transaction, so a retry inside the same transaction could only fail again. Each
 * attempt may be a short transaction of its own (the write and the domain events it publishes,
 * which reach their listeners after that transaction commits, and not at all when it rolls back):
 * pass the transactions to {@link #writeOrCreateFirst(TransactionOperations, Supplier, Runnable)}.
 * Creating the referenced rows runs between the attempts, outside both.
 */
public final class ReferencedRows {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ReferencedRows() {}

    public static <T> T writeOrCreateFirst(Supplier<T> write, Runnable createReferencedRows) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (!isForeignKeyViolation(e)) {
                throw e;
            }
            createReferencedRows.run();
            return write.get();
        }
    }

    /** The same, each attempt in a transaction of its own (see the rule above). */
    public static <T> T writeOrCreateFirst(
            TransactionOperations transactions, Supplier<T> write, Runnable createReferencedRows) {
        return writeOrCreateFirst(() -> transactions.execute(status -> write.get()), createReferencedRows);
    }

    public static void writeOrCreateFirst(Runnable write, Runnable createReferencedRows) {
        writeOrCreateFirst(
                () -> {
                    write.run();
                    return Boolean.TRUE;
                },
                createReferencedRows);
    }

    static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
