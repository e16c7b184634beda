package com.frameratr.recommendations;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What users did with titles, read straight from the tables of ratings, library and diary: the
 * model learns from millions of rows, which no facade of those modules should hand over one by one.
 * Read only; those modules stay the only writers.
 */
@Repository
class SignalRepository {

    // one row per (user, title, source): a title logged twice is one viewing signal
    private static final String ALL_SIGNALS = """
            SELECT uid, kind, title_id, 'RATED' AS source, rating_val FROM ratings
            UNION ALL
            SELECT uid, kind, title_id, 'FAVORITED', NULL FROM favorites
            UNION ALL
            SELECT uid, kind, title_id, CASE WHEN bool_or(liked) THEN 'LIKED_VIEWING' ELSE 'VIEWED' END, NULL
            FROM diary_entries GROUP BY uid, kind, title_id
            UNION ALL
            SELECT uid, kind, title_id, 'WATCHLISTED', NULL FROM watchlist
            """;

    private static final String MOST_SIGNALLED = """
            SELECT kind, title_id
            FROM (SELECT kind, title_id FROM ratings
                  UNION ALL SELECT kind, title_id FROM favorites
                  UNION ALL SELECT kind, title_id FROM (SELECT DISTINCT uid, kind, title_id FROM diary_entries) d
                  UNION ALL SELECT kind, title_id FROM watchlist) s
            GROUP BY kind, title_id
            ORDER BY count(*) DESC, kind, title_id
            LIMIT :max
            """;

    private static final String SITE_MEAN = "SELECT coalesce(avg(rating_val), 5.5) FROM ratings";

    // each source bounded to the user's most recent rows, each an index range of the user
    private static final String USER_SIGNALS = """
            (SELECT kind, title_id, 'RATED' AS source, rating_val FROM ratings
             WHERE uid = :uid ORDER BY updated_at DESC LIMIT :max)
            UNION ALL
            (SELECT kind, title_id, 'FAVORITED', NULL FROM favorites
             WHERE uid = :uid ORDER BY created_at DESC LIMIT :max)
            UNION ALL
            (SELECT kind, title_id, CASE WHEN liked THEN 'LIKED_VIEWING' ELSE 'VIEWED' END, NULL FROM diary_entries
             WHERE uid = :uid ORDER BY watched_on DESC, id DESC LIMIT :max)
            UNION ALL
            (SELECT kind, title_id, 'WATCHLISTED', NULL FROM watchlist
             WHERE uid = :uid ORDER BY created_at DESC LIMIT :max)
            """;

    // one probe of each table's primary key (or title index) per candidate, stopping at the first
    // hit: as EXISTS sub-queries PostgreSQL hashed the user's whole range of each table instead,
    // 5,000 diary entries for the heaviest benchmark user (2.3 ms warm against 0.7 ms; recommendations.md)
    private static final String KNOWN_AMONG = """
            SELECT c.kind, c.title_id
            FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS integer[])) AS c (kind, title_id)
            CROSS JOIN LATERAL (
                SELECT 1 FROM ratings r WHERE r.uid = :uid AND r.kind = c.kind AND r.title_id = c.title_id
                UNION ALL
                SELECT 1 FROM favorites f WHERE f.uid = :uid AND f.kind = c.kind AND f.title_id = c.title_id
                UNION ALL
                SELECT 1 FROM diary_entries d WHERE d.uid = :uid AND d.kind = c.kind AND d.title_id = c.title_id
                UNION ALL
                SELECT 1 FROM watchlist w WHERE w.uid = :uid AND w.kind = c.kind AND w.title_id = c.title_id
                UNION ALL
                SELECT 1 FROM recommendation_hides h WHERE h.uid = :uid AND h.kind = c.kind AND h.title_id = c.title_id
                LIMIT 1) AS known
            """;

    record UserSignal(String uid, Signal signal) {}

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code max} titles with the most signals, most first. */
    List<TitleRef> mostSignalled(int max) {
        return jdbc.sql(MOST_SIGNALLED)
                .param("max", max)
                .query((rs, n) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    double siteMean() {
        return jdbc.sql(SITE_MEAN).query(Double.class).single();
    }

    /** Every signal of every user, streamed: a rebuild never holds the rows, only the model's arrays. */
    void forEach(Consumer<UserSignal> each) {
        jdbc.sql(ALL_SIGNALS).withFetchSize(10_000).query(rs -> {
            Double rating = rs.getObject(5) == null ? null : rs.getDouble(5);
            each.accept(new UserSignal(
                    rs.getString(1),
                    new Signal(
                            TitleKind.ofCode(rs.getString(2)),
                            rs.getInt(3),
                            Signal.Source.valueOf(rs.getString(4)),
                            rating)));
        });
    }

    /** The user's most recent {@code max} signals of each source. */
    List<Signal> ofUser(String uid, int max) {
        return jdbc.sql(USER_SIGNALS)
                .param("uid", uid)
                .param("max", max)
                .query((rs, n) -> new Signal(
                        TitleKind.ofCode(rs.getString(1)),
                        rs.getInt(2),
                        Signal.Source.valueOf(rs.getString(3)),
                        rs.getObject(4) == null ? null : rs.getDouble(4)))
                .list();
    }

    /** Which of the titles the user rated, favorited, logged, put on the watchlist or hid. */
    Set<TitleRef> knownAmong(String uid, List<TitleRef> titles) {
        if (titles.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(KNOWN_AMONG)
                .param("uid", uid)
                .param("kinds", titles.stream().map(t -> t.kind().code()).toArray(String[]::new))
                .param("ids", titles.stream().mapToInt(TitleRef::id).toArray())
                .query((rs, n) -> new TitleRef(TitleKind.ofCode(rs.getString(1)), rs.getInt(2)))
                .list());
    }
}
