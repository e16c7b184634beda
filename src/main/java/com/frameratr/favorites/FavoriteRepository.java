package com.frameratr.favorites;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
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

    private static final String PAGE_AFTER = """
            SELECT uid, kind, title_id, created_at
            FROM favorites
            WHERE uid = :uid
              AND kind = :kind
              AND created_at <= :createdAt
              AND (created_at < :createdAt OR title_id > :titleId)
            ORDER BY created_at DESC, title_id
            LIMIT :limit
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

    /** True when the title was not a favorite yet. */
    boolean add(String uid, TitleRef title) {
        return jdbc.sql(ADD)
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    /** True when it was a favorite. */
    boolean remove(String uid, TitleRef title) {
        return jdbc.sql(REMOVE)
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    List<Favorite> page(String uid, TitleKind kind, PageRequest page) {
        return (page.after() != null ? after(page) : jdbc.sql(PAGE).param("offset", page.offset()))
                .param("uid", uid)
                .param("kind", kind.code())
                .param("limit", page.limit())
                .query((rs, row) -> new Favorite(
                        rs.getString(1),
                        TitleKind.ofCode(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, java.time.OffsetDateTime.class)))
                .list();
    }

    static String cursorOf(Favorite favorite) {
        return Cursor.encode(Timestamps.toMicros(favorite.createdAt()), favorite.titleId());
    }

    private JdbcClient.StatementSpec after(PageRequest page) {
        List<String> key = Cursor.decode(page.after(), 2);
        return jdbc.sql(PAGE_AFTER)
                .param("createdAt", Timestamps.fromMicros(Cursor.longPart(key.get(0))))
                .param("titleId", Cursor.longPart(key.get(1)));
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
