package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    /** The columns of {@link #REVIEW}, read from {@link #FROM}. */
    static final String COLUMNS = columns("rr.like_count", "rr.comment_count");

    /** A review with its counters: every review has its review_reactions row (V26's trigger). */
    static final String FROM = "reviews r JOIN review_reactions rr ON rr.review_id = r.id";

    // what a write returns: a new review's counters row is added after the statement, so read as 0
    private static final String RETURNING = columns(counterOf("like_count"), counterOf("comment_count"));

    private static String columns(String likeCount, String commentCount) {
        return "r.id, r.uid, r.kind, r.title_id, r.body, r.spoiler, r.created_at, r.updated_at, " + likeCount + ", "
                + commentCount + ", r.author_rating";
    }

    private static String counterOf(String column) {
        return "coalesce((SELECT x.%1$s FROM review_reactions x WHERE x.review_id = r.id), 0)".formatted(column);
    }

    private static final String FIND = """
            SELECT %s
            FROM %s
            WHERE r.id = :id
            """.formatted(COLUMNS, FROM);

    // Reviews.sqlVisibleReview: the review (%1$s) if its author passes the visibility condition (%2$s)
    static final String VISIBLE = """
            SELECT vr_r.id, vr_r.uid, vr_r.kind, vr_r.title_id
            FROM reviews vr_r
            WHERE vr_r.id = %1$s
              AND %2$s""";

    // kept by the trigger of V3: one row, however many reviews the title has
    private static final String COUNT_FOR_TITLE = """
            SELECT coalesce((SELECT review_count
                             FROM review_counts
                             WHERE kind = :kind
                               AND title_id = :id), 0)
            """;

    private static final String ID_OF = """
            SELECT id
            FROM reviews
            WHERE uid = :uid
              AND kind = :kind
              AND title_id = :titleId
            """;

    private static final String UPSERT = """
            INSERT INTO reviews AS r (uid, kind, title_id, body, spoiler)
            VALUES (:uid, :kind, :titleId, :body, :spoiler)
            ON CONFLICT ON CONSTRAINT reviews_uid_kind_title_id_key DO UPDATE
            SET body       = EXCLUDED.body,
                spoiler    = EXCLUDED.spoiler,
                updated_at = CASE
                                 WHEN (r.body, r.spoiler) = (EXCLUDED.body, EXCLUDED.spoiler) THEN r.updated_at
                                 ELSE now()
                             END
            RETURNING %s
            """.formatted(RETURNING);

    // the author condition is part of the statement: another user's review is simply not found
    private static final String UPDATE_OWN = """
            UPDATE reviews r
            SET body       = :body,
                spoiler    = coalesce(:spoiler, spoiler),
                updated_at = now()
            WHERE id = :id
              AND uid = :uid
            RETURNING %s
            """.formatted(RETURNING);

    private static final String DELETE_OWN = """
            DELETE FROM reviews
            WHERE id = :id
              AND uid = :uid
            RETURNING kind, title_id
            """;

    private static final String PAGE_FOR_USER = """
            SELECT %s
            FROM %s
            WHERE r.uid = :uid
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT :limit
            OFFSET :offset
            """.formatted(COLUMNS, FROM);

    private static final String PAGE_FOR_USER_AFTER = """
            SELECT %s
            FROM %s
            WHERE r.uid = :uid
              AND (r.created_at, r.id) < (:createdAt, :reviewId)
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT :limit
            """.formatted(COLUMNS, FROM);

    private static final String COUNT_FOR_USER = """
            SELECT count(*)
            FROM reviews
            WHERE uid = :uid
            """;

    /** By position of {@link #COLUMNS}; the reflective record mapper dominated list requests (see CatalogRepository). */
    static final RowMapper<Review> REVIEW = (rs, row) -> new Review(
            rs.getLong(1),
            rs.getString(2),
            TitleKind.ofCode(rs.getString(3)),
            rs.getInt(4),
            rs.getString(5),
            rs.getBoolean(6),
            rs.getObject(7, OffsetDateTime.class),
            rs.getObject(8, OffsetDateTime.class),
            rs.getInt(9),
            rs.getInt(10),
            rs.getBigDecimal(11));

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Review> find(long id) {
        return jdbc.sql(FIND).param("id", id).query(REVIEW).optional();
    }

    static String cursorOf(Review review) {
        return Cursor.encode(Timestamps.toMicros(review.createdAt()), review.id());
    }

    private static JdbcClient.StatementSpec after(JdbcClient.StatementSpec statement, PageRequest page) {
        List<String> key = Cursor.decode(page.after(), 2);
        return statement
                .param("createdAt", Timestamps.fromMicros(Cursor.longPart(key.get(0))))
                .param("reviewId", Cursor.longPart(key.get(1)));
    }

    Optional<Long> idOf(String uid, TitleRef title) {
        return jdbc.sql(ID_OF)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .query(Long.class)
                .optional();
    }

    Review upsert(String uid, TitleRef title, String body, boolean spoiler) {
        return jdbc.sql(UPSERT)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .param("body", body)
                .param("spoiler", spoiler)
                .query(REVIEW)
                .single();
    }

    Optional<Review> updateOwn(long id, String uid, String body, @Nullable Boolean spoiler) {
        return jdbc.sql(UPDATE_OWN)
                .param("id", id)
                .param("uid", uid)
                .param("body", body)
                .param("spoiler", spoiler, java.sql.Types.BOOLEAN)
                .query(REVIEW)
                .optional();
    }

    /** The title of the review it deleted, or empty when the user has no review of that id. */
    Optional<TitleRef> deleteOwn(long id, String uid) {
        return jdbc.sql(DELETE_OWN)
                .param("id", id)
                .param("uid", uid)
                .query((rs, row) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .optional();
    }

    List<Review> pageForUser(String uid, PageRequest page) {
        var statement = page.after() != null
                ? after(jdbc.sql(PAGE_FOR_USER_AFTER), page)
                : jdbc.sql(PAGE_FOR_USER).param("offset", page.offset());
        return statement
                .param("uid", uid)
                .param("limit", page.limit())
                .query(REVIEW)
                .list();
    }

    long countForUser(String uid) {
        return jdbc.sql(COUNT_FOR_USER).param("uid", uid).query(Long.class).single();
    }

    long countForTitle(TitleKind kind, int id) {
        return jdbc.sql(COUNT_FOR_TITLE)
                .param("kind", kind.code())
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
