package com.frameratr.users;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code user_last_activities}, kept by triggers on every collection (V12). */
@Repository
class LastActivitiesRepository {

    private static final String OF = """
            SELECT ratings_at, reviews_at, favorites_at, watchlist_at, diary_at, lists_at
            FROM user_last_activities
            WHERE uid = :uid
            """;

    private final JdbcClient jdbc;

    LastActivitiesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LastActivitiesController.LastActivities of(String uid) {
        return jdbc.sql(OF)
                .param("uid", uid)
                .query((rs, row) -> new LastActivitiesController.LastActivities(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .optional()
                .orElse(new LastActivitiesController.LastActivities(null, null, null, null, null, null));
    }
}
