package com.frameratr.favorites;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.PageRequest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FavoriteRepository {

    private static final String ADD = """
            INSERT INTO favorites (uid, kind, title_id)
            VALUES (:uid, :kind, :titleId)
            ON CONFLICT DO NOTHING
            """;

    private static final String REMOVE = """
            DELETE FROM favorites
            WHERE uid = :uid
              AND kind = :kind
              AND title_id = :titleId
            """;

    private static final String PAGE = """
            SELECT uid, kind, title_id, created_at
            FROM favorites
            WHERE uid = :uid
              AND kind = :kind
            ORDER BY created_at DESC, title_id
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String COUNT = """
            SELECT count(*)
            FROM favorites
            WHERE uid = :uid
              AND kind = :kind
            """;

    private static final String ALL_IDS = """
            SELECT title_id
            FROM favorites
            WHERE uid = :uid
              AND kind = :kind
            ORDER BY created_at DESC
            LIMIT :limit
            """;

    private static final String FAVORITED_AMONG = """
            SELECT title_id
            FROM favorites
            WHERE uid = :uid
              AND kind = :kind
              AND title_id IN (:ids)
            """;

    private final JdbcClient jdbc;

    FavoriteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String uid, TitleRef title) {
        jdbc.sql(ADD)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .update();
    }

    void remove(String uid, TitleRef title) {
        jdbc.sql(REMOVE)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .update();
    }

    List<Favorite> page(String uid, TitleKind kind, PageRequest page) {
        return jdbc.sql(PAGE)
                .param("uid", uid)
                .param("kind", kind.code())
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query((rs, row) -> new Favorite(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getObject(4, java.time.OffsetDateTime.class)))
                .list();
    }

    long count(String uid, TitleKind kind) {
        return jdbc.sql(COUNT)
                .param("uid", uid)
                .param("kind", kind.code())
                .query(Long.class)
                .single();
    }

    List<Integer> favoritedAmong(String uid, TitleKind kind, java.util.Collection<Integer> ids) {
        return jdbc.sql(FAVORITED_AMONG)
                .param("uid", uid)
                .param("kind", kind.code())
                .param("ids", ids)
                .query(Integer.class)
                .list();
    }

    List<Integer> recentIds(String uid, TitleKind kind, int limit) {
        return jdbc.sql(ALL_IDS)
                .param("uid", uid)
                .param("kind", kind.code())
                .param("limit", limit)
                .query(Integer.class)
                .list();
    }
}
