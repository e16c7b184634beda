package com.frameratr.interop;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of an import's commit ({@link ImportCommit}): each writes one table from the
 * job's matched rows in one set-based statement, adds only what is not there, and says how many
 * rows it wrote; the {@code *Wanted} counts say how many it would have written without a limit.
 */
@Repository
class ImportCommitRepository {

    private static final String LISTS = """
            INSERT INTO user_lists (uid, name, description, ranked, visibility, created_at, updated_at)
            SELECT :uid, n.name, n.description, n.ranked, n.visibility, n.created_at, n.created_at
            FROM (SELECT DISTINCT ON (r.data->>'name')
                         r.data->>'name' AS name, nullif(btrim(r.data->>'description'), '') AS description,
                         coalesce(CAST(r.data->>'ranked' AS boolean), false) AS ranked,
                         coalesce(r.data->>'visibility', 'private') AS visibility,
                         coalesce(CAST(r.data->>'created_at' AS timestamptz), now()) AS created_at, r.row_no
                  FROM import_rows r
                  WHERE r.job_id = :job AND r.fact = 'list' AND r.status = 'matched'
                    AND NOT EXISTS (SELECT 1 FROM user_lists l WHERE l.uid = :uid AND l.name = r.data->>'name')
                  ORDER BY r.data->>'name', r.row_no) n
            ORDER BY n.row_no
            LIMIT greatest(0, :max - (SELECT count(*) FROM user_lists WHERE uid = :uid))
            ON CONFLICT (uid, name) DO NOTHING
            """;

    private static final String LISTS_WANTED = """
            SELECT count(DISTINCT r.data->>'name') FROM import_rows r
            WHERE r.job_id = :job AND r.fact = 'list' AND r.status = 'matched'
              AND NOT EXISTS (SELECT 1 FROM user_lists l WHERE l.uid = :uid AND l.name = r.data->>'name')
            """;

    // the current rating: the file's own rating of the title, else (unless the file states every
    // current rating itself, as FrameRatr's does) the one logged with its latest viewing
    private static final String RATINGS = """
            INSERT INTO ratings AS ra (uid, kind, title_id, rating_val, created_at, updated_at)
            SELECT DISTINCT ON (f.kind, f.tmdb_id) :uid, f.kind, f.tmdb_id, f.rating, f.created_at, f.at
            FROM (SELECT r.kind, r.tmdb_id, CAST(r.data->>'rating' AS numeric) AS rating,
                         coalesce(CAST(r.data->>'rated_at' AS timestamptz), now()) AS at,
                         coalesce(CAST(r.data->>'created_at' AS timestamptz),
                                  CAST(r.data->>'rated_at' AS timestamptz), now()) AS created_at,
                         1 AS priority, NULL::date AS watched_on, r.row_no
                  FROM import_rows r
                  WHERE r.job_id = :job AND r.fact = 'rating' AND r.status = 'matched'
                  UNION ALL
                  SELECT r.kind, r.tmdb_id, CAST(r.data->>'rating' AS numeric),
                         coalesce(CAST(r.data->>'logged_at' AS timestamptz),
                                  CAST(CAST(r.data->>'watched_on' AS date) AS timestamptz)),
                         coalesce(CAST(r.data->>'logged_at' AS timestamptz),
                                  CAST(CAST(r.data->>'watched_on' AS date) AS timestamptz)),
                         2, CAST(r.data->>'watched_on' AS date), r.row_no
                  FROM import_rows r
                  WHERE r.job_id = :job AND r.fact = 'viewing' AND r.status = 'matched'
                    AND r.data->>'rating' IS NOT NULL
                    AND :ratingsFromViewings) f
            JOIN titles t ON t.kind = f.kind AND t.id = f.tmdb_id
            ORDER BY f.kind, f.tmdb_id, f.priority, f.watched_on DESC NULLS LAST, f.row_no DESC
            ON CONFLICT (uid, kind, title_id) DO UPDATE
                SET rating_val = EXCLUDED.rating_val, updated_at = EXCLUDED.updated_at
                WHERE ra.rating_val <> EXCLUDED.rating_val AND ra.updated_at < EXCLUDED.updated_at
            """;

    // the latest review per title: reviews.csv's own, or the text logged with a viewing
    private static final String REVIEWS = """
            INSERT INTO reviews AS rv (uid, kind, title_id, body, spoiler, created_at, updated_at)
            SELECT DISTINCT ON (f.kind, f.tmdb_id) :uid, f.kind, f.tmdb_id, f.body, f.spoiler, f.created_at, f.at
            FROM (SELECT r.kind, r.tmdb_id, r.data->>'review' AS body,
                         coalesce(CAST(r.data->>'spoiler' AS boolean), false) AS spoiler,
                         coalesce(CAST(r.data->>'written_at' AS timestamptz), CAST(r.data->>'logged_at' AS timestamptz),
                                  CAST(CAST(r.data->>'watched_on' AS date) AS timestamptz), now()) AS at,
                         coalesce(CAST(r.data->>'created_at' AS timestamptz), CAST(r.data->>'written_at' AS timestamptz),
                                  CAST(r.data->>'logged_at' AS timestamptz),
                                  CAST(CAST(r.data->>'watched_on' AS date) AS timestamptz), now()) AS created_at,
                         CAST(r.data->>'watched_on' AS date) AS watched_on, r.row_no
                  FROM import_rows r
                  WHERE r.job_id = :job AND r.fact IN ('review', 'viewing') AND r.status = 'matched'
                    AND r.data->>'review' IS NOT NULL) f
            JOIN titles t ON t.kind = f.kind AND t.id = f.tmdb_id
            ORDER BY f.kind, f.tmdb_id, f.at DESC, f.watched_on DESC NULLS LAST, f.row_no DESC
            ON CONFLICT (uid, kind, title_id) DO UPDATE
                SET body = EXCLUDED.body, spoiler = EXCLUDED.spoiler, updated_at = EXCLUDED.updated_at
                WHERE rv.updated_at < EXCLUDED.updated_at
                  AND (rv.body, rv.spoiler) IS DISTINCT FROM (EXCLUDED.body, EXCLUDED.spoiler)
            """;

    private static final String FAVORITES = """
            INSERT INTO favorites (uid, kind, title_id, created_at)
            SELECT DISTINCT ON (r.kind, r.tmdb_id) :uid, r.kind, r.tmdb_id,
                   coalesce(CAST(r.data->>'added_at' AS timestamptz), CAST(r.data->>'logged_at' AS timestamptz), now())
            FROM import_rows r
            JOIN titles t ON t.kind = r.kind AND t.id = r.tmdb_id
            WHERE r.job_id = :job AND r.status = 'matched'
              AND (r.fact = 'favorite' OR (r.fact = 'viewing' AND coalesce(CAST(r.data->>'liked' AS boolean), false)))
            ORDER BY r.kind, r.tmdb_id, r.row_no
            ON CONFLICT DO NOTHING
            """;

    private static final String WATCHLIST_NEW = """
            SELECT DISTINCT ON (r.kind, r.tmdb_id) r.kind, r.tmdb_id,
                   coalesce(CAST(r.data->>'added_at' AS timestamptz), now()) AS added_at, r.row_no
            FROM import_rows r
            JOIN titles t ON t.kind = r.kind AND t.id = r.tmdb_id
            WHERE r.job_id = :job AND r.fact = 'watchlist' AND r.status = 'matched'
              AND NOT EXISTS (SELECT 1 FROM watchlist w WHERE w.uid = :uid AND w.kind = r.kind AND w.title_id = r.tmdb_id)
            ORDER BY r.kind, r.tmdb_id, r.row_no
            """;

    private static final String WATCHLIST = "INSERT INTO watchlist (uid, kind, title_id, created_at) SELECT :uid,"
            + " n.kind, n.tmdb_id, n.added_at FROM (" + WATCHLIST_NEW + ") n ORDER BY n.row_no"
            + " LIMIT greatest(0, :max - (SELECT count(*) FROM watchlist WHERE uid = :uid)) ON CONFLICT DO NOTHING";

    private static final String WATCHLIST_WANTED = "SELECT count(*) FROM (" + WATCHLIST_NEW + ") n";

    // one transaction per range of rows: the diary's triggers touch shared counter rows per entry
    private static final String DIARY = """
            INSERT INTO diary_entries (uid, kind, title_id, watched_on, rewatch, rating_val, liked, tags,
                                       created_at, updated_at)
            SELECT v.uid, v.kind, v.tmdb_id, v.watched_on, v.rewatch, v.rating, v.liked, v.tags, v.logged_at, v.logged_at
            FROM (SELECT DISTINCT ON (r.kind, r.tmdb_id, CAST(r.data->>'watched_on' AS date),
                                      coalesce(CAST(r.data->>'rewatch' AS boolean), false))
                         CAST(:uid AS text) AS uid, r.kind, r.tmdb_id, CAST(r.data->>'watched_on' AS date) AS watched_on,
                         coalesce(CAST(r.data->>'rewatch' AS boolean), false) AS rewatch,
                         CAST(r.data->>'rating' AS numeric) AS rating,
                         coalesce(CAST(r.data->>'liked' AS boolean), false) AS liked,
                         ARRAY(SELECT jsonb_array_elements_text(coalesce(r.data->'tags', '[]'))) AS tags,
                         coalesce(CAST(r.data->>'logged_at' AS timestamptz), now()) AS logged_at, r.row_no
                  FROM import_rows r
                  JOIN titles t ON t.kind = r.kind AND t.id = r.tmdb_id
                  WHERE r.job_id = :job AND r.fact = 'viewing' AND r.status = 'matched'
                    AND r.row_no > :from AND r.row_no <= :to
                  ORDER BY r.kind, r.tmdb_id, CAST(r.data->>'watched_on' AS date),
                           coalesce(CAST(r.data->>'rewatch' AS boolean), false), r.row_no) v
            WHERE NOT EXISTS (SELECT 1 FROM diary_entries d
                              WHERE d.uid = :uid AND d.kind = v.kind AND d.title_id = v.tmdb_id
                                AND d.watched_on = v.watched_on AND d.rewatch = v.rewatch)
            ORDER BY v.row_no
            """;

    private static final String LAST_ROW = "SELECT coalesce(max(row_no), 0) FROM import_rows WHERE job_id = :job";

    // a viewing that carried a review (its text, or FrameRatr's with_review) points at the title's review
    private static final String LINK_REVIEWS = """
            UPDATE diary_entries d
            SET review_id = rv.id
            FROM import_rows r
            JOIN reviews rv ON rv.uid = :uid AND rv.kind = r.kind AND rv.title_id = r.tmdb_id
            WHERE r.job_id = :job AND r.fact = 'viewing' AND r.status = 'matched'
              AND (r.data->>'review' IS NOT NULL OR coalesce(CAST(r.data->>'with_review' AS boolean), false))
              AND d.uid = :uid AND d.kind = r.kind AND d.title_id = r.tmdb_id
              AND d.watched_on = CAST(r.data->>'watched_on' AS date)
              AND d.rewatch = coalesce(CAST(r.data->>'rewatch' AS boolean), false)
              AND d.review_id IS NULL
            """;

    // appended in the file's order after what the list has (the position trigger numbers them)
    private static final String LIST_ENTRIES_NEW = """
            SELECT l.id AS list_id, l.entry_count, e.kind, e.tmdb_id, e.note, e.added_at, e.position, e.row_no,
                   row_number() OVER (PARTITION BY l.id ORDER BY e.position, e.row_no) AS n
            FROM (SELECT DISTINCT ON (lr.data->>'name', r.kind, r.tmdb_id)
                         lr.data->>'name' AS list_name, r.kind, r.tmdb_id, nullif(btrim(r.data->>'note'), '') AS note,
                         coalesce(CAST(r.data->>'added_at' AS timestamptz), now()) AS added_at,
                         coalesce(CAST(r.data->>'position' AS integer), 2147483647) AS position, r.row_no
                  FROM import_rows r
                  JOIN import_rows lr ON lr.job_id = r.job_id AND lr.fact = 'list' AND lr.status = 'matched'
                                     AND lr.data->>'list' = r.data->>'list'
                  JOIN titles t ON t.kind = r.kind AND t.id = r.tmdb_id
                  WHERE r.job_id = :job AND r.fact = 'list_entry' AND r.status = 'matched'
                  ORDER BY lr.data->>'name', r.kind, r.tmdb_id,
                           coalesce(CAST(r.data->>'position' AS integer), 2147483647), r.row_no) e
            JOIN user_lists l ON l.uid = :uid AND l.name = e.list_name
            WHERE NOT EXISTS (SELECT 1 FROM user_list_items i
                              WHERE i.list_id = l.id AND i.kind = e.kind AND i.title_id = e.tmdb_id)
            """;

    private static final String LIST_ENTRIES = "INSERT INTO user_list_items (list_id, kind, title_id, note, added_at)"
            + " SELECT n.list_id, n.kind, n.tmdb_id, n.note, n.added_at FROM (" + LIST_ENTRIES_NEW + ") n"
            + " WHERE n.entry_count + n.n <= :max ORDER BY n.list_id, n.n ON CONFLICT DO NOTHING";

    private static final String LIST_ENTRIES_WANTED = "SELECT count(*) FROM (" + LIST_ENTRIES_NEW + ") n";

    private static final String FOLLOWS = """
            SELECT r.data->>'handle' FROM import_rows r
            WHERE r.job_id = :job AND r.fact = 'follow' AND r.status = 'matched'
            ORDER BY r.row_no
            """;

    private final JdbcClient jdbc;

    ImportCommitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lists(long job, String uid, int max) {
        return write(LISTS, job, uid).param("max", max).update();
    }

    long listsWanted(long job, String uid) {
        return count(LISTS_WANTED, job, uid);
    }

    long ratings(long job, String uid, boolean ratingsFromViewings) {
        return write(RATINGS, job, uid)
                .param("ratingsFromViewings", ratingsFromViewings)
                .update();
    }

    long reviews(long job, String uid) {
        return write(REVIEWS, job, uid).update();
    }

    long favorites(long job, String uid) {
        return write(FAVORITES, job, uid).update();
    }

    long watchlist(long job, String uid, int max) {
        return write(WATCHLIST, job, uid).param("max", max).update();
    }

    long watchlistWanted(long job, String uid) {
        return count(WATCHLIST_WANTED, job, uid);
    }

    long lastRow(long job) {
        return jdbc.sql(LAST_ROW).param("job", job).query(Long.class).single();
    }

    /** The viewings among rows {@code from < row_no <= to}. */
    long diary(long job, String uid, long from, long to) {
        return write(DIARY, job, uid).param("from", from).param("to", to).update();
    }

    long linkReviews(long job, String uid) {
        return write(LINK_REVIEWS, job, uid).update();
    }

    long listEntries(long job, String uid, int max) {
        return write(LIST_ENTRIES, job, uid).param("max", max).update();
    }

    long listEntriesWanted(long job, String uid) {
        return count(LIST_ENTRIES_WANTED, job, uid);
    }

    List<String> follows(long job) {
        return jdbc.sql(FOLLOWS).param("job", job).query(String.class).list();
    }

    private JdbcClient.StatementSpec write(String sql, long job, String uid) {
        return jdbc.sql(sql).param("job", job).param("uid", uid);
    }

    private long count(String sql, long job, String uid) {
        return write(sql, job, uid).query(Long.class).single();
    }
}
