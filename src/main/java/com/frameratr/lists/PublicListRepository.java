package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import com.frameratr.social.Visibility;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of what everyone may read: the public lists page, and how many public lists hold a title. */
@Repository
class PublicListRepository {

    private static final String VISIBLE_OWNER =
            "  AND " + Visibility.sqlCanSee("CAST(:viewer AS text)", "user_lists.uid") + "\n";

    // search_normalize(name) as user_lists_public_name_idx indexes it (trigrams), the user's text literal
    private static final String NAME_MATCH = """
              AND search_normalize(name) LIKE '%' || search_normalize(:pattern) || '%'
            """;

    // each order is the order of a partial index over the public lists (V10, V18): a page reads its
    // rows from the index, never sorting all public lists (PublicListsApiTests reads the plans); only
    // lists whose owner the viewer may see (social.Visibility)
    static final String RECENT = "SELECT " + ListRepository.COLUMNS + """
            FROM user_lists
            WHERE visibility = 'public'
            """ + VISIBLE_OWNER + """
            %s
            ORDER BY updated_at DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String RECENT_AFTER = "SELECT " + ListRepository.COLUMNS + """
            FROM user_lists
            WHERE visibility = 'public'
            """ + VISIBLE_OWNER + """
            %s
              AND updated_at <= :updatedAt
              AND (updated_at < :updatedAt OR id < :id)
            ORDER BY updated_at DESC, id DESC
            LIMIT :limit
            """;

    static final String POPULAR = "SELECT " + ListRepository.COLUMNS + """
            FROM user_lists
            WHERE visibility = 'public'
            """ + VISIBLE_OWNER + """
            %s
            ORDER BY like_count DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String POPULAR_AFTER = "SELECT " + ListRepository.COLUMNS + """
            FROM user_lists
            WHERE visibility = 'public'
            """ + VISIBLE_OWNER + """
            %s
              AND like_count <= :likeCount
              AND (like_count < :likeCount OR id < :id)
            ORDER BY like_count DESC, id DESC
            LIMIT :limit
            """;

    // every public list, also those hidden from this caller: the visibility condition per row made
    // the count read every public list's owner (26 req/s at large instead of 681); the pages
    // themselves stay filtered, as a title's review listing does
    private static final String COUNT = """
            SELECT count(*)
            FROM user_lists
            WHERE visibility = 'public'
            %s
            """;

    private static final String LIST_COUNT = """
            SELECT list_count
            FROM title_list_counts
            WHERE kind = :kind
              AND title_id = :titleId
            """;

    private final JdbcClient jdbc;

    PublicListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of public lists in the order; {@code query}, when given, must be in the name. */
    List<UserList> page(ListSort sort, @Nullable String query, @Nullable String viewerUid, PageRequest page) {
        String match = query == null ? "" : NAME_MATCH;
        JdbcClient.StatementSpec statement = page.after() == null
                ? jdbc.sql((sort == ListSort.RECENT ? RECENT : POPULAR).formatted(match))
                        .param("offset", page.offset())
                : after(sort, match, page.after());
        return matching(statement, query)
                .param("viewer", viewerUid, java.sql.Types.VARCHAR)
                .param("limit", page.limit())
                .query(ListRepository.ROW)
                .list();
    }

    long count(@Nullable String query) {
        return matching(jdbc.sql(COUNT.formatted(query == null ? "" : NAME_MATCH)), query)
                .query(Long.class)
                .single();
    }

    /** Where a page ended; the order is part of it, so a cursor of one order fits no other. */
    static String cursorOf(ListSort sort, UserList list) {
        return sort == ListSort.RECENT
                ? Cursor.encode(sort.code(), Timestamps.toMicros(list.updatedAt()), list.id())
                : Cursor.encode(sort.code(), list.likeCount(), list.id());
    }

    /** How many public lists contain the title (V10's triggers keep it); 0 when none ever did. */
    int listCount(TitleRef title) {
        return jdbc.sql(LIST_COUNT)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private JdbcClient.StatementSpec after(ListSort sort, String match, String cursor) {
        List<String> key = Cursor.decode(cursor, 3);
        if (!key.getFirst().equals(sort.code())) {
            throw Cursor.invalid();
        }
        long id = Cursor.longPart(key.get(2));
        if (sort == ListSort.RECENT) {
            return jdbc.sql(RECENT_AFTER.formatted(match))
                    .param("updatedAt", Timestamps.fromMicros(Cursor.longPart(key.get(1))))
                    .param("id", id);
        }
        return jdbc.sql(POPULAR_AFTER.formatted(match))
                .param("likeCount", Cursor.longPart(key.get(1)))
                .param("id", id);
    }

    private static JdbcClient.StatementSpec matching(JdbcClient.StatementSpec statement, @Nullable String query) {
        return query == null ? statement : statement.param("pattern", likeEscape(query));
    }

    /** The user's text matches literally: LIKE's wildcards in it are escaped. */
    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
