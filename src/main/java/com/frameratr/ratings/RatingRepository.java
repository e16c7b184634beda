package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' ratings. The statistics follow by the trigger of V1, in the same transaction. */
@Repository
class RatingRepository {

    private static final String COLUMNS = "uid, kind, title_id, rating_val, created_at, updated_at";

    private static final String UPSERT = """
            INSERT INTO ratings AS r (uid, kind, title_id, rating_val)
            VALUES (:uid, :kind, :titleId, :value)
            ON CONFLICT (uid, kind, title_id) DO UPDATE
            SET rating_val = EXCLUDED.rating_val,
                updated_at = CASE WHEN r.rating_val = EXCLUDED.rating_val THEN r.updated_at ELSE now() END
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String DELETE = """
            DELETE FROM ratings
            WHERE uid = :uid
              AND kind = :kind
              AND title_id = :titleId
            """;

    private static final String PAGE_FOR_USER = """
            SELECT %s
            FROM ratings
            WHERE uid = :uid
            ORDER BY updated_at DESC, kind, title_id
            LIMIT :limit
            OFFSET :offset
            """.formatted(COLUMNS);

    private static final String PAGE_FOR_USER_AFTER = """
            SELECT %s
            FROM ratings
            WHERE uid = :uid
              AND updated_at <= :updatedAt
              AND (updated_at < :updatedAt OR (kind, title_id) > (:kind, :titleId))
            ORDER BY updated_at DESC, kind, title_id
            LIMIT :limit
            """.formatted(COLUMNS);

    private static final String COUNT_FOR_USER = """
            SELECT count(*)
            FROM ratings
            WHERE uid = :uid
            """;

    /** By position of {@link #COLUMNS}; the reflective record mapper dominated list requests (see CatalogRepository). */
    private static final RowMapper<Rating> RATING = (rs, row) -> new Rating(
            rs.getString(1),
            TitleKind.ofCode(rs.getString(2)),
            rs.getInt(3),
            rs.getBigDecimal(4),
            rs.getObject(5, OffsetDateTime.class),
            rs.getObject(6, OffsetDateTime.class));

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Rating upsert(String uid, TitleRef title, BigDecimal value) {
        return jdbc.sql(UPSERT)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .param("value", value)
                .query(RATING)
                .single();
    }

    boolean delete(String uid, TitleRef title) {
        return jdbc.sql(DELETE)
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    List<Rating> pageForUser(String uid, PageRequest page) {
        return (page.after() != null ? after(page) : jdbc.sql(PAGE_FOR_USER).param("offset", page.offset()))
                .param("uid", uid)
                .param("limit", page.limit())
                .query(RATING)
                .list();
    }

    static String cursorOf(Rating rating) {
        return Cursor.encode(
                Timestamps.toMicros(rating.updatedAt()), rating.kind().code(), rating.titleId());
    }

    private JdbcClient.StatementSpec after(PageRequest page) {
        List<String> key = Cursor.decode(page.after(), 3);
        return jdbc.sql(PAGE_FOR_USER_AFTER)
                .param("updatedAt", Timestamps.fromMicros(Cursor.longPart(key.get(0))))
                .param("kind", key.get(1))
                .param("titleId", Cursor.longPart(key.get(2)));
    }

    long countForUser(String uid) {
        return jdbc.sql(COUNT_FOR_USER).param("uid", uid).query(Long.class).single();
    }
}
