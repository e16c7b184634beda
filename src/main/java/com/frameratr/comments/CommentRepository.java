package com.frameratr.comments;

import com.frameratr.platform.paging.Cursor;
import com.frameratr.reviews.Reviews;
import com.frameratr.social.Visibility;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of comments; the counters on reviews, lists and top-level comments are V16's triggers'. */
@Repository
class CommentRepository {

    private static final String COLUMNS =
            "id, review_id, list_id, uid, parent_id, thread_id, body, reply_count, created_at, updated_at";

    // a target's conversation thread after thread (oldest first), each thread's replies after its
    // top-level comment: the order of comments_review_thread_idx / comments_list_thread_idx. Comments
    // by someone the viewer blocks, or who blocks the viewer, are left out (social.Visibility).
    private static final String PAGE = """
            SELECT %s
            FROM comments c
            WHERE c.%s = :targetId
              AND (c.thread_id, c.id) > (:threadId, :commentId)
              AND """ + Visibility.sqlNotBlocked("CAST(:viewer AS text)", "c.uid") + """

            ORDER BY c.thread_id, c.id
            LIMIT :limit
            """;

    private static final String FIND = "SELECT " + COLUMNS + """

            FROM comments
            WHERE id = :id
            """;

    private static final String INSERT = """
            INSERT INTO comments (review_id, list_id, uid, parent_id, thread_id, body)
            VALUES (:reviewId, :listId, :uid, :parentId, 0, :body)
            RETURNING\s""" + COLUMNS;

    // A comment under a review its author may see, in one statement (the most frequent comment, and
    // statements as such were most of its database time): the review, the thread a reply joins (its
    // parent's top-level comment, under the same review), the author's row, the comment. No row:
    // the review is unknown or hidden from the author; a row without a comment: no such parent there.
    private static final String INSERT_UNDER_VISIBLE_REVIEW = """
            WITH review AS (
                %s
            ),
            top AS (
                SELECT t.id, t.uid
                FROM comments p
                JOIN comments t ON t.id = p.thread_id
                WHERE p.id = :parentId
                  AND p.review_id = (SELECT review.id FROM review)
            ),
            author AS (
                %s
            ),
            inserted AS (
                INSERT INTO comments (review_id, list_id, uid, parent_id, thread_id, body)
                SELECT review.id, NULL, :uid, top.id, 0, :body
                FROM review
                LEFT JOIN top ON true
                WHERE CAST(:parentId AS bigint) IS NULL
                   OR top.id IS NOT NULL
                RETURNING %s
            )
            SELECT review.uid AS owner_uid, top.uid AS top_uid, inserted.*
            FROM review
            LEFT JOIN top ON true
            LEFT JOIN inserted ON true
            """.formatted(
                    Reviews.sqlVisibleReview(":uid", ":reviewId"),
                    Users.sqlInsertIfAbsent(
                            "EXISTS (SELECT 1 FROM review) AND (CAST(:parentId AS bigint) IS NULL OR EXISTS (SELECT 1 FROM top))"),
                    COLUMNS);

    // the author condition is part of the statement: another user's comment is simply not found
    private static final String UPDATE_OWN = """
            UPDATE comments
            SET body       = :body,
                updated_at = CASE WHEN body = :body THEN updated_at ELSE now() END
            WHERE id = :id
              AND uid = :uid
            RETURNING\s""" + COLUMNS;

    private static final String DELETE = """
            DELETE FROM comments
            WHERE id = :id
            """;

    private static final RowMapper<Comment> ROW = (rs, row) -> new Comment(
            rs.getLong("id"),
            rs.getObject("review_id", Long.class),
            rs.getObject("list_id", Long.class),
            rs.getString("uid"),
            rs.getObject("parent_id", Long.class),
            rs.getLong("thread_id"),
            rs.getString("body"),
            rs.getInt("reply_count"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page after a cursor from {@link #cursorOf} (null: from the start). */
    List<Comment> page(
            CommentTarget target, long targetId, @Nullable String viewerUid, @Nullable String after, int limit) {
        long threadId = 0;
        long commentId = 0;
        if (after != null) {
            List<String> key = Cursor.decode(after, 2);
            threadId = Cursor.longPart(key.get(0));
            commentId = Cursor.longPart(key.get(1));
        }
        return jdbc.sql(PAGE.formatted(COLUMNS.replaceAll("(\\w+)", "c.$1"), column(target)))
                .param("targetId", targetId)
                .param("threadId", threadId)
                .param("commentId", commentId)
                .param("viewer", viewerUid, java.sql.Types.VARCHAR)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    static String cursorOf(Comment comment) {
        return Cursor.encode(comment.threadId(), comment.id());
    }

    Optional<Comment> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(ROW).optional();
    }

    /**
     * A comment under a review the author may see (a reply joins its parent's thread), the author's
     * row made if absent; empty when the review is unknown or hidden from the author.
     */
    Optional<UnderReview> insertUnderVisibleReview(
            long reviewId, CurrentUser author, @Nullable Long parentId, String body) {
        return jdbc.sql(INSERT_UNDER_VISIBLE_REVIEW)
                .params(Users.claimParameters(author))
                .param("reviewId", reviewId)
                .param("parentId", parentId, java.sql.Types.BIGINT)
                .param("body", body)
                .query((rs, row) -> new UnderReview(
                        rs.getString("owner_uid"),
                        rs.getString("top_uid"),
                        rs.getObject("id") == null ? null : ROW.mapRow(rs, row)))
                .optional();
    }

    /**
     * What {@link #insertUnderVisibleReview} found: the review's author, the author of the thread's
     * top-level comment (a reply), and the comment (null: the parent is not under this review).
     */
    record UnderReview(
            String reviewAuthorUid,
            @Nullable String topAuthorUid,
            @Nullable Comment comment) {}

    /** A reply to a reply is placed under its top-level comment by V16's trigger. */
    Comment insert(CommentTarget target, long targetId, String uid, @Nullable Long parentId, String body) {
        return jdbc.sql(INSERT)
                .param("reviewId", target == CommentTarget.REVIEW ? targetId : null, java.sql.Types.BIGINT)
                .param("listId", target == CommentTarget.LIST ? targetId : null, java.sql.Types.BIGINT)
                .param("uid", uid)
                .param("parentId", parentId, java.sql.Types.BIGINT)
                .param("body", body)
                .query(ROW)
                .single();
    }

    Optional<Comment> updateOwn(long id, String uid, String body) {
        return jdbc.sql(UPDATE_OWN)
                .param("id", id)
                .param("uid", uid)
                .param("body", body)
                .query(ROW)
                .optional();
    }

    /** Its replies go with it (V16's foreign key); whether it was still there. */
    boolean delete(long id) {
        return jdbc.sql(DELETE).param("id", id).update() == 1;
    }

    private static String column(CommentTarget target) {
        return target == CommentTarget.REVIEW ? "review_id" : "list_id";
    }
}
