package com.frameratr.lists;

import java.util.Collection;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of list likes; {@code user_lists.like_count} is kept by V18's trigger. */
@Repository
class ListLikeRepository {

    private static final String LIKE = """
            INSERT INTO list_likes (list_id, uid)
            VALUES (:listId, :uid)
            ON CONFLICT (list_id, uid) DO NOTHING
            """;

    private static final String UNLIKE = """
            DELETE FROM list_likes
            WHERE list_id = :listId
              AND uid = :uid
            """;

    private static final String LIKED_AMONG = """
            SELECT list_id
            FROM list_likes
            WHERE uid = :uid
              AND list_id IN (:ids)
            """;

    private final JdbcClient jdbc;

    ListLikeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the like is new. */
    boolean like(long listId, String uid) {
        return jdbc.sql(LIKE).param("listId", listId).param("uid", uid).update() == 1;
    }

    /** Whether there was a like to take back. */
    boolean unlike(long listId, String uid) {
        return jdbc.sql(UNLIKE).param("listId", listId).param("uid", uid).update() == 1;
    }

    Set<Long> likedAmong(String uid, Collection<Long> listIds) {
        if (listIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(LIKED_AMONG)
                .param("uid", uid)
                .param("ids", listIds)
                .query(Long.class)
                .list());
    }
}
