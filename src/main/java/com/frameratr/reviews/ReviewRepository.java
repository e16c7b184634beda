package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.PageRequest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private static final String PAGE_FOR_TITLE = """
            SELECT id, uid, kind, title_id, body, spoiler, created_at, updated_at
            FROM reviews
            WHERE kind = :kind
              AND title_id = :id
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String COUNT_FOR_TITLE = """
            SELECT count(*)
            FROM reviews
            WHERE kind = :kind
              AND title_id = :id
            """;

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review> pageForTitle(TitleKind kind, int id, PageRequest page) {
        return jdbc.sql(PAGE_FOR_TITLE)
                .param("kind", kind.code())
                .param("id", id)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(Review.class)
                .list();
    }

    long countForTitle(TitleKind kind, int id) {
        return jdbc.sql(COUNT_FOR_TITLE)
                .param("kind", kind.code())
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
