package com.frameratr.library;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements of every shelf: the same SQL with the shelf's table ({@link Shelf#table()}, a constant). */
@Repository
class ShelfRepository {

    private static final String ADD = """
            INSERT INTO %s (uid, kind, title_id)
            VALUES (:uid, :kind, :titleId)
            ON CONFLICT DO NOTHING
            """;

    private static final String REMOVE = """
            DELETE FROM %s
            WHERE uid = :uid
              AND kind = :kind
              AND title_id = :titleId
            """;

    private static final String PAGE = """
            SELECT s.uid, s.kind, s.title_id, s.created_at
            FROM %s s
            WHERE s.uid = :uid
              AND s.kind = :kind
            ORDER BY s.created_at DESC, s.title_id
            LIMIT :limit
            OFFSET :offset
            """;

    // the other orders read the user's whole shelf of that kind (bounded by its limit) and the
    // catalog row of each title, then sort
    private static final String PAGE_BY_TITLE_FIELD = """
            SELECT s.uid, s.kind, s.title_id, s.created_at
            FROM %s s
            JOIN titles t ON t.kind = s.kind AND t.id = s.title_id
            WHERE s.uid = :uid
              AND s.kind = :kind
            ORDER BY %s
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String PAGE_AFTER = """
            SELECT s.uid, s.kind, s.title_id, s.created_at
            FROM %s s
            WHERE s.uid = :uid
              AND s.kind = :kind
              AND s.created_at <= :createdAt
              AND (s.created_at < :createdAt OR s.title_id > :titleId)
            ORDER BY s.created_at DESC, s.title_id
            LIMIT :limit
            """;

    private static final String COUNT_KIND = """
            SELECT count(*)
            FROM %s
            WHERE uid = :uid
              AND kind = :kind
            """;

    private static final String COUNT_ALL = """
            SELECT count(*)
            FROM %s
            WHERE uid = :uid
            """;

    private static final String RECENT_IDS = """
            SELECT title_id
            FROM %s
            WHERE uid = :uid
              AND kind = :kind
            ORDER BY created_at DESC
            LIMIT :limit
            """;

    // both kinds, newest first: a profile's "favorites" strip
    private static final String RECENT_TITLES = """
            SELECT kind, title_id
            FROM %s
            WHERE uid = :uid
            ORDER BY created_at DESC, kind, title_id
            LIMIT :limit
            """;

    private static final String AMONG = """
            SELECT title_id
            FROM %s
            WHERE uid = :uid
              AND kind = :kind
              AND title_id IN (:ids)
            """;

    private static final RowMapper<ShelfEntry> ENTRY = (rs, row) -> new ShelfEntry(
            rs.getString(1), TitleKind.ofCode(rs.getString(2)), rs.getInt(3), rs.getObject(4, OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Map<Shelf, Map<String, String>> sql = new EnumMap<>(Shelf.class);

    ShelfRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (Shelf shelf : Shelf.values()) {
            Map<String, String> statements = new java.util.HashMap<>();
            for (var template : Map.of(
                            "add", ADD,
                            "remove", REMOVE,
                            "page", PAGE,
                            "pageAfter", PAGE_AFTER,
                            "countKind", COUNT_KIND,
                            "countAll", COUNT_ALL,
                            "recentIds", RECENT_IDS,
                            "recentTitles", RECENT_TITLES,
                            "among", AMONG)
                    .entrySet()) {
                statements.put(template.getKey(), template.getValue().formatted(shelf.table()));
            }
            for (ShelfSort sort : ShelfSort.values()) {
                statements.put(sort.name(), PAGE_BY_TITLE_FIELD.formatted(shelf.table(), sort.orderBy()));
            }
            sql.put(shelf, Map.copyOf(statements));
        }
    }

    private String sql(Shelf shelf, String statement) {
        return sql.get(shelf).get(statement);
    }

    /** True when the title was not on the shelf yet. */
    boolean add(Shelf shelf, String uid, TitleRef title) {
        return jdbc.sql(sql(shelf, "add"))
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    /** True when it was on the shelf. */
    boolean remove(Shelf shelf, String uid, TitleRef title) {
        return jdbc.sql(sql(shelf, "remove"))
                        .param("uid", uid)
                        .param("kind", title.kind().code())
                        .param("titleId", title.id())
                        .update()
                == 1;
    }

    List<ShelfEntry> page(Shelf shelf, String uid, TitleKind kind, ShelfSort sort, PageRequest page) {
        JdbcClient.StatementSpec statement;
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            statement = jdbc.sql(sql(shelf, "pageAfter"))
                    .param("createdAt", Timestamps.fromMicros(Cursor.longPart(key.get(0))))
                    .param("titleId", Cursor.longPart(key.get(1)));
        } else {
            statement = jdbc.sql(sort == ShelfSort.ADDED ? sql(shelf, "page") : sql(shelf, sort.name()))
                    .param("offset", page.offset());
        }
        return statement
                .param("uid", uid)
                .param("kind", kind.code())
                .param("limit", page.limit())
                .query(ENTRY)
                .list();
    }

    static String cursorOf(ShelfEntry entry) {
        return Cursor.encode(Timestamps.toMicros(entry.addedAt()), entry.titleId());
    }

    long count(Shelf shelf, String uid, TitleKind kind) {
        return jdbc.sql(sql(shelf, "countKind"))
                .param("uid", uid)
                .param("kind", kind.code())
                .query(Long.class)
                .single();
    }

    long countAll(Shelf shelf, String uid) {
        return jdbc.sql(sql(shelf, "countAll"))
                .param("uid", uid)
                .query(Long.class)
                .single();
    }

    List<Integer> among(Shelf shelf, String uid, TitleKind kind, Collection<Integer> ids) {
        return jdbc.sql(sql(shelf, "among"))
                .param("uid", uid)
                .param("kind", kind.code())
                .param("ids", ids)
                .query(Integer.class)
                .list();
    }

    List<TitleRef> recentTitles(Shelf shelf, String uid, int limit) {
        return jdbc.sql(sql(shelf, "recentTitles"))
                .param("uid", uid)
                .param("limit", limit)
                .query((rs, row) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    List<Integer> recentIds(Shelf shelf, String uid, TitleKind kind, int limit) {
        return jdbc.sql(sql(shelf, "recentIds"))
                .param("uid", uid)
                .param("kind", kind.code())
                .param("limit", limit)
                .query(Integer.class)
                .list();
    }
}
