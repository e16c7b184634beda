package com.frameratr.diary;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Cursor;
import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DiaryRepository {

    private static final String COLUMNS =
            "e.id, e.uid, e.kind, e.title_id, e.watched_on, e.rewatch, e.rating_val, e.liked, e.review_id, e.tags,"
                    + " e.created_at, e.updated_at";

    private static final String INSERT = """
            INSERT INTO diary_entries AS e (uid, kind, title_id, watched_on, rewatch, rating_val, liked, review_id, tags)
            VALUES (:uid, :kind, :titleId, :watchedOn, :rewatch, :ratingVal, :liked, :reviewId, :tags)
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String WATCHED_BEFORE = """
            SELECT EXISTS (
                SELECT 1
                FROM diary_entries
                WHERE uid = :uid
                  AND kind = :kind
                  AND title_id = :titleId
                  AND watched_on <= :watchedOn)
            """;

    private static final String TITLES_LOGGED = """
            SELECT count(DISTINCT (kind, title_id)),
                   count(DISTINCT (kind, title_id)) FILTER (WHERE watched_on >= :from AND watched_on < :until)
            FROM diary_entries
            WHERE uid = :uid
            """;

    private static final String COUNT_ON_DAY = """
            SELECT count(*)
            FROM diary_entries
            WHERE uid = :uid
              AND watched_on = :watchedOn
            """;

    private static final String FIND_OWN_FOR_UPDATE = """
            SELECT %s
            FROM diary_entries e
            WHERE e.id = :id
              AND e.uid = :uid
            FOR UPDATE
            """.formatted(COLUMNS);

    private static final String UPDATE = """
            UPDATE diary_entries AS e
            SET watched_on = :watchedOn,
                rewatch    = :rewatch,
                rating_val = :ratingVal,
                liked      = :liked,
                review_id  = :reviewId,
                tags       = :tags,
                updated_at = now()
            WHERE e.id = :id
            RETURNING %s
            """.formatted(COLUMNS);

    private static final String DELETE_OWN = """
            DELETE FROM diary_entries
            WHERE id = :id
              AND uid = :uid
            RETURNING kind, title_id
            """;

    private static final String WATCHES_OF_TITLE = """
            SELECT count(*) AS watch_count, max(watched_on) AS last_watched_on
            FROM diary_entries
            WHERE uid = :uid
              AND kind = :kind
              AND title_id = :titleId
            """;

    static final RowMapper<DiaryEntry> ENTRY = (rs, row) -> new DiaryEntry(
            rs.getLong("id"),
            rs.getString("uid"),
            TitleKind.ofCode(rs.getString("kind")),
            rs.getInt("title_id"),
            rs.getObject("watched_on", LocalDate.class),
            rs.getBoolean("rewatch"),
            rs.getBigDecimal("rating_val"),
            rs.getBoolean("liked"),
            rs.getObject("review_id", Long.class),
            tags(rs.getArray("tags")),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    DiaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DiaryEntry insert(DiaryEntry entry) {
        return jdbc.sql(INSERT)
                .param("uid", entry.uid())
                .param("kind", entry.kind().code())
                .param("titleId", entry.titleId())
                .param("watchedOn", entry.watchedOn())
                .param("rewatch", entry.rewatch())
                .param("ratingVal", entry.ratingVal())
                .param("liked", entry.liked())
                .param("reviewId", entry.reviewId())
                .param("tags", entry.tags().toArray(String[]::new))
                .query(ENTRY)
                .single();
    }

    /** Whether the user logged the title on or before the date (the default of {@code rewatch}). */
    boolean watchedOnOrBefore(String uid, TitleRef title, LocalDate watchedOn) {
        return jdbc.sql(WATCHED_BEFORE)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .param("watchedOn", watchedOn)
                .query(Boolean.class)
                .single();
    }

    long countOnDay(String uid, LocalDate watchedOn) {
        return jdbc.sql(COUNT_ON_DAY)
                .param("uid", uid)
                .param("watchedOn", watchedOn)
                .query(Long.class)
                .single();
    }

    /** The entry, locked until the transaction ends, when it is the user's. */
    Optional<DiaryEntry> findOwnForUpdate(long id, String uid) {
        return jdbc.sql(FIND_OWN_FOR_UPDATE)
                .param("id", id)
                .param("uid", uid)
                .query(ENTRY)
                .optional();
    }

    DiaryEntry update(DiaryEntry entry) {
        return jdbc.sql(UPDATE)
                .param("id", entry.id())
                .param("watchedOn", entry.watchedOn())
                .param("rewatch", entry.rewatch())
                .param("ratingVal", entry.ratingVal())
                .param("liked", entry.liked())
                .param("reviewId", entry.reviewId())
                .param("tags", entry.tags().toArray(String[]::new))
                .query(ENTRY)
                .single();
    }

    /** The deleted entry's title, when it was the user's. */
    Optional<TitleRef> deleteOwn(long id, String uid) {
        return jdbc.sql(DELETE_OWN)
                .param("id", id)
                .param("uid", uid)
                .query((rs, row) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .optional();
    }

    /** How often and when last the user watched the title. */
    Diary.Watches watchesOf(String uid, TitleRef title) {
        return jdbc.sql(WATCHES_OF_TITLE)
                .param("uid", uid)
                .param("kind", title.kind().code())
                .param("titleId", title.id())
                .query((rs, row) -> new Diary.Watches(rs.getInt(1), rs.getObject(2, LocalDate.class)))
                .single();
    }

    /** A page of the user's diary, newest viewing first, after the cursor's entry when there is one. */
    List<DiaryEntry> page(DiaryQuery query, int limit) {
        Filter filter = new Filter(query);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(filter.fromWhere());
        if (query.after() != null) {
            sql.append("  AND ").append(filter.date()).append(" <= :afterDate\n");
            sql.append("  AND (").append(filter.date()).append(" < :afterDate OR ");
            sql.append(filter.id()).append(" < :afterId)\n");
        }
        sql.append("ORDER BY ")
                .append(filter.date())
                .append(" DESC, ")
                .append(filter.id())
                .append(" DESC\n");
        sql.append("LIMIT :limit");
        JdbcClient.StatementSpec statement =
                filter.bind(jdbc.sql(sql.toString())).param("limit", limit);
        if (query.after() != null) {
            statement = statement
                    .param("afterDate", query.after().watchedOn())
                    .param("afterId", query.after().id());
        }
        return statement.query(ENTRY).list();
    }

    /** The number of entries the query's filters select (from the same index as the page). */
    Diary.TitlesLogged titlesLogged(String uid, LocalDate from, LocalDate until) {
        return jdbc.sql(TITLES_LOGGED)
                .param("uid", uid)
                .param("from", from)
                .param("until", until)
                .query((rs, row) -> new Diary.TitlesLogged(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    long count(DiaryQuery query) {
        Filter filter = new Filter(query);
        return filter.bind(jdbc.sql("SELECT count(*)" + filter.fromWhere()))
                .query(Long.class)
                .single();
    }

    /**
     * The FROM and WHERE of a diary page, from fixed fragments (never client text): entries by
     * date, or, with a tag, the tag rows in the same order joined to their entries.
     */
    private record Filter(DiaryQuery query) {

        String date() {
            return query.tag() == null ? "e.watched_on" : "t.watched_on";
        }

        String id() {
            return query.tag() == null ? "e.id" : "t.entry_id";
        }

        String fromWhere() {
            StringBuilder sql = new StringBuilder();
            if (query.tag() == null) {
                sql.append("\nFROM diary_entries e\nWHERE e.uid = :uid\n");
            } else {
                sql.append("\nFROM diary_entry_tags t\nJOIN diary_entries e ON e.id = t.entry_id\n")
                        .append("WHERE t.uid = :uid\n  AND t.tag = :tag\n");
            }
            if (query.title() != null) {
                sql.append("  AND e.kind = :kind\n  AND e.title_id = :titleId\n");
            }
            if (query.from() != null) {
                sql.append("  AND ").append(date()).append(" >= :from\n");
                sql.append("  AND ").append(date()).append(" < :until\n");
            }
            return sql.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            statement = statement.param("uid", query.uid());
            if (query.tag() != null) {
                statement = statement.param("tag", query.tag());
            }
            if (query.title() != null) {
                statement = statement
                        .param("kind", query.title().kind().code())
                        .param("titleId", query.title().id());
            }
            if (query.from() != null) {
                statement = statement.param("from", query.from()).param("until", query.until());
            }
            return statement;
        }
    }

    static String cursorOf(DiaryEntry entry) {
        return Cursor.encode(entry.watchedOn().toString(), entry.id());
    }

    private static List<String> tags(@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
