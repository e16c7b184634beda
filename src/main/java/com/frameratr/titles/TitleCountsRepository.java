package com.frameratr.titles;

import com.frameratr.catalog.TitleRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The community counts of a title page, one row kept by triggers on the diary's entries and on
 * favorites (V11): this read model belongs to the page that shows it.
 */
@Repository
class TitleCountsRepository {

    private static final String COUNTS = """
            SELECT watch_count, fan_count
            FROM title_counts
            WHERE kind = :kind
              AND title_id = :titleId
            """;

    private final JdbcClient jdbc;

    TitleCountsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(int watchCount, int fanCount) {}

    Counts of(TitleRef title) {
        return jdbc.sql(COUNTS)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .query((rs, row) -> new Counts(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElse(new Counts(0, 0));
    }
}
