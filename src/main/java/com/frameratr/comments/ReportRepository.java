package com.frameratr.comments;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of reports; an operator reads the open ones with the query of docs/operations.md. */
@Repository
class ReportRepository {

    private static final String COLUMNS = "id, review_id, comment_id, list_id, reason, status, created_at";

    // no conflict target: whichever of the three (uid, item) keys the row has is the one that conflicts
    private static final String INSERT = """
            INSERT INTO reports (uid, review_id, comment_id, list_id, reason)
            VALUES (:uid, :reviewId, :commentId, :listId, :reason)
            ON CONFLICT DO NOTHING
            RETURNING\s""" + COLUMNS;

    private static final String FIND = "SELECT " + COLUMNS + """

            FROM reports
            WHERE uid = :uid
              AND (review_id = :reviewId OR comment_id = :commentId OR list_id = :listId)
            """;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new report, or empty when the user reported the item before. */
    Optional<Report> insert(
            String uid, @Nullable Long reviewId, @Nullable Long commentId, @Nullable Long listId, String reason) {
        return bind(jdbc.sql(INSERT), uid, reviewId, commentId, listId)
                .param("reason", reason)
                .query(Report.class)
                .optional();
    }

    Optional<Report> find(String uid, @Nullable Long reviewId, @Nullable Long commentId, @Nullable Long listId) {
        return bind(jdbc.sql(FIND), uid, reviewId, commentId, listId)
                .query(Report.class)
                .optional();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement,
            String uid,
            @Nullable Long reviewId,
            @Nullable Long commentId,
            @Nullable Long listId) {
        return statement
                .param("uid", uid)
                .param("reviewId", reviewId, java.sql.Types.BIGINT)
                .param("commentId", commentId, java.sql.Types.BIGINT)
                .param("listId", listId, java.sql.Types.BIGINT);
    }
}
