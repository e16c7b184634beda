package com.frameratr.feed;

import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.sql.Types;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The writes of the activity table (V17); the feed's reads are {@link FeedRepository}'s. */
@Repository
class ActivityRepository {

    private static final String LOGGED = """
            INSERT INTO activities (actor_uid, type, kind, title_id, rating_val, entry_id)
            VALUES (:uid, 'logged', :kind, :titleId, :ratingVal, :entryId)
            ON CONFLICT (entry_id) WHERE type = 'logged' DO NOTHING
            """;

    private static final String REVIEWED = """
            INSERT INTO activities (actor_uid, type, kind, title_id, review_id)
            VALUES (:uid, 'reviewed', :kind, :titleId, :reviewId)
            ON CONFLICT (review_id) WHERE type = 'reviewed' DO NOTHING
            """;

    // A list appears when it is public; each later change of a public list moves it up as updated.
    private static final String LIST_CHANGED = """
            INSERT INTO activities AS a (actor_uid, type, list_id)
            SELECT l.uid, 'created_list', l.id
            FROM user_lists l
            WHERE l.id = :listId
              AND l.visibility = 'public'
            ON CONFLICT (list_id) WHERE type IN ('created_list', 'updated_list')
            DO UPDATE SET type = 'updated_list',
                          at = now()
            """;

    private static final String REMOVE_LOGGED = """
            DELETE FROM activities
            WHERE entry_id = :entryId
              AND type = 'logged'
            """;

    private static final String REMOVE_REVIEWED = """
            DELETE FROM activities
            WHERE review_id = :reviewId
              AND type = 'reviewed'
            """;

    private static final String REMOVE_LIST = """
            DELETE FROM activities
            WHERE list_id = :listId
              AND type IN ('created_list', 'updated_list')
            """;

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void logged(String uid, long entryId, TitleRef title, @Nullable BigDecimal ratingVal) {
        jdbc.sql(LOGGED)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .param("ratingVal", ratingVal, Types.NUMERIC)
                .param("entryId", entryId)
                .update();
    }

    void reviewed(String uid, long reviewId, TitleRef title) {
        jdbc.sql(REVIEWED)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .param("reviewId", reviewId)
                .update();
    }

    void listChangedIfPublic(long listId) {
        jdbc.sql(LIST_CHANGED).param("listId", listId).update();
    }

    void removeLogged(long entryId) {
        jdbc.sql(REMOVE_LOGGED).param("entryId", entryId).update();
    }

    void removeReviewed(long reviewId) {
        jdbc.sql(REMOVE_REVIEWED).param("reviewId", reviewId).update();
    }

    void removeList(long listId) {
        jdbc.sql(REMOVE_LIST).param("listId", listId).update();
    }
}
