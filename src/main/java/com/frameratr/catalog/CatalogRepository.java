package com.frameratr.catalog;

import com.frameratr.platform.jdbc.CustomPlans;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private static final String COLUMNS = """
            kind, id, title, original_title, original_language, overview, release_date, poster_path,
            backdrop_path, runtime, number_of_seasons, number_of_episodes, vote_average, vote_count, popularity
            """;

    // search_text is search_normalize(title || original_title); which index serves the LIKE (the
    // trigram one for a rare pattern, popularity order for a common one) only a plan made for the
    // pattern can tell: searches run through the @CustomPlans client
    private static final String MATCH = """
            AND search_text LIKE '%' || search_normalize(:pattern) || '%'
            """;

    private static final String LIST = "SELECT " + COLUMNS + """
            FROM titles
            WHERE kind = :kind
            %s
            ORDER BY popularity DESC, id
            LIMIT :limit
            OFFSET :offset
            """;

    // keyset: the page after (popularity, id) in the list's order; "popularity <= :popularity" lets
    // the (kind, popularity DESC, id) index start the scan there
    private static final String LIST_AFTER = "SELECT " + COLUMNS + """
            FROM titles
            WHERE kind = :kind
            %s
              AND popularity <= :popularity
              AND (popularity < :popularity OR id > :id)
            ORDER BY popularity DESC, id
            LIMIT :limit
            """;

    private static final String COUNT = """
            SELECT count(*)
            FROM titles
            WHERE kind = :kind
            %s
            """;

    // the genres ride along as an array: the detail page costs one round trip for the catalog's part
    private static final String FIND_WITH_GENRES = "SELECT " + COLUMNS + """
            , ARRAY(
                SELECT g.name
                FROM title_genres tg
                JOIN genres g ON g.id = tg.genre_id
                WHERE tg.kind = titles.kind
                  AND tg.title_id = titles.id
                ORDER BY g.name
            ) AS genres
            FROM titles
            WHERE kind = :kind
              AND id = :id
            """;

    private static final String FIND_ALL = "SELECT " + COLUMNS + """
            FROM titles
            WHERE kind = :kind
              AND id = ANY (CAST(:ids AS integer[]))
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM titles WHERE kind = :kind AND id = :id)
            """;

    /**
     * Maps by column position, written out: with the reflective record mapper (a conversion per
     * column and row) GET /api/movies served 797 req/s in bench/run.sh small, with this 2,657.
     * Positions follow {@link #COLUMNS}.
     */
    private static final RowMapper<Title> TITLE = (rs, row) -> new Title(
            TitleKind.ofCode(rs.getString(1)),
            rs.getInt(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getObject(7, LocalDate.class),
            rs.getString(8),
            rs.getString(9),
            rs.getObject(10, Integer.class),
            rs.getObject(11, Integer.class),
            rs.getObject(12, Integer.class),
            rs.getDouble(13),
            rs.getInt(14),
            rs.getDouble(15));

    record TitleWithGenres(Title title, List<String> genres) {}

    private final JdbcClient jdbc;
    private final JdbcClient search;

    CatalogRepository(JdbcClient jdbc, @CustomPlans JdbcClient search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    private JdbcClient clientFor(@Nullable String query) {
        return query == null ? jdbc : search;
    }

    /** A page in popularity order: numbered, or after a cursor from {@link #cursorOf}. */
    List<Title> list(TitleKind kind, @Nullable String query, PageRequest page) {
        var statement = page.after() != null ? after(kind, query, page) : numbered(kind, query, page);
        if (query != null) {
            statement = statement.param("pattern", likeEscape(query));
        }
        return statement.query(TITLE).list();
    }

    private JdbcClient.StatementSpec numbered(TitleKind kind, @Nullable String query, PageRequest page) {
        return clientFor(query)
                .sql(LIST.formatted(query == null ? "" : MATCH))
                .param("kind", kind.code())
                .param("limit", page.limit())
                .param("offset", page.offset());
    }

    private JdbcClient.StatementSpec after(TitleKind kind, @Nullable String query, PageRequest page) {
        List<String> key = Cursor.decode(page.after(), 2);
        return clientFor(query)
                .sql(LIST_AFTER.formatted(query == null ? "" : MATCH))
                .param("kind", kind.code())
                .param("popularity", Cursor.doublePart(key.get(0)))
                .param("id", Cursor.longPart(key.get(1)))
                .param("limit", page.limit());
    }

    static String cursorOf(Title title) {
        return Cursor.encode(title.popularity(), title.id());
    }

    long count(TitleKind kind, @Nullable String query) {
        var statement = clientFor(query)
                .sql(COUNT.formatted(query == null ? "" : MATCH))
                .param("kind", kind.code());
        if (query != null) {
            statement = statement.param("pattern", likeEscape(query));
        }
        return statement.query(Long.class).single();
    }

    /**
     * The title and its genre names (sorted), or empty when the catalog does not have it. The
     * genres are column 16, after the 15 of {@link #COLUMNS}.
     */
    Optional<TitleWithGenres> findWithGenres(TitleKind kind, int id) {
        return jdbc.sql(FIND_WITH_GENRES)
                .param("kind", kind.code())
                .param("id", id)
                .query((rs, row) -> new TitleWithGenres(TITLE.mapRow(rs, row), List.of((String[])
                        rs.getArray(16).getArray())))
                .optional();
    }

    List<Title> findAll(TitleKind kind, java.util.Collection<Integer> ids) {
        return jdbc.sql(FIND_ALL)
                .param("kind", kind.code())
                // one array parameter for any number of ids: one prepared statement for every page size
                .param("ids", ids.stream().mapToInt(Integer::intValue).toArray())
                .query(TITLE)
                .list();
    }

    boolean exists(TitleKind kind, int id) {
        return jdbc.sql(EXISTS)
                .param("kind", kind.code())
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** The user's text matches literally: LIKE's wildcards in it are escaped. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
