package com.frameratr.diary;

import com.frameratr.catalog.TitleKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A user's viewing statistics, each an aggregate over one index range of their diary (the whole
 * diary, or a year of {@code watched_on}), joined to the catalog's titles and genres by primary key.
 */
@Repository
class StatsRepository {

    private static final String ENTRIES = """
            WITH e AS (
                SELECT kind, title_id, watched_on, rewatch, rating_val
                FROM diary_entries
                WHERE uid = :uid
                  AND watched_on >= :from
                  AND watched_on < :until)
            """;

    private static final String TOTALS = ENTRIES + """
            SELECT count(DISTINCT e.title_id) FILTER (WHERE e.kind = 'movie') AS films,
                   count(DISTINCT e.title_id) FILTER (WHERE e.kind = 'tv')    AS shows,
                   count(*)                                                    AS viewings,
                   count(*) FILTER (WHERE e.rewatch)                           AS rewatches,
                   coalesce(sum(t.runtime), 0)                                 AS minutes
            FROM e
            JOIN titles t ON t.kind = e.kind AND t.id = e.title_id
            """;

    private static final String CALENDAR = ENTRIES + """
            SELECT 'month' AS part, extract(month FROM watched_on)::integer AS n, count(*)::integer
            FROM e
            GROUP BY n
            UNION ALL
            SELECT 'isodow', extract(isodow FROM watched_on)::integer AS n, count(*)::integer
            FROM e
            GROUP BY n
            """;

    private static final String TOP_GENRES = ENTRIES + """
            SELECT g.name, count(*) AS viewings
            FROM e
            JOIN title_genres tg ON tg.kind = e.kind AND tg.title_id = e.title_id
            JOIN genres g ON g.id = tg.genre_id
            GROUP BY g.name
            ORDER BY viewings DESC, g.name
            LIMIT :limit
            """;

    private static final String MOST_WATCHED = ENTRIES + """
            SELECT kind, title_id, count(*) AS viewings, max(watched_on) AS last_watched_on
            FROM e
            GROUP BY kind, title_id
            ORDER BY viewings DESC, last_watched_on DESC, kind, title_id
            LIMIT :limit
            """;

    private static final String RATINGS = ENTRIES + """
            SELECT (rating_val * 2)::integer AS bucket, count(*)::integer
            FROM e
            WHERE rating_val IS NOT NULL
            GROUP BY bucket
            """;

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Totals(int films, int shows, int viewings, int rewatches, long minutes) {}

    record Counted(String name, int count) {}

    record MostWatched(TitleKind kind, int titleId, int viewings, LocalDate lastWatchedOn) {}

    Totals totals(String uid, LocalDate from, LocalDate until) {
        return period(TOTALS, uid, from, until)
                .query((rs, row) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .single();
    }

    /** Viewings per month (index 0 = January) and per ISO weekday (index 0 = Monday). */
    int[][] calendar(String uid, LocalDate from, LocalDate until) {
        int[] months = new int[12];
        int[] weekdays = new int[7];
        period(CALENDAR, uid, from, until).query((ResultSet rs) -> {
            (rs.getString(1).equals("month") ? months : weekdays)[rs.getInt(2) - 1] = rs.getInt(3);
        });
        return new int[][] {months, weekdays};
    }

    List<Counted> topGenres(String uid, LocalDate from, LocalDate until, int limit) {
        return period(TOP_GENRES, uid, from, until)
                .param("limit", limit)
                .query((rs, row) -> new Counted(rs.getString(1), rs.getInt(2)))
                .list();
    }

    List<MostWatched> mostWatched(String uid, LocalDate from, LocalDate until, int limit) {
        return period(MOST_WATCHED, uid, from, until)
                .param("limit", limit)
                .query((rs, row) -> new MostWatched(
                        TitleKind.ofCode(rs.getString(1)),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The ratings given with the period's viewings, by value: index i counts (i + 1) × 0.5. */
    int[] ratingHistogram(String uid, LocalDate from, LocalDate until) {
        int[] histogram = new int[20];
        period(RATINGS, uid, from, until).query((ResultSet rs) -> {
            histogram[rs.getInt(1) - 1] = rs.getInt(2);
        });
        return histogram;
    }

    private JdbcClient.StatementSpec period(String sql, String uid, LocalDate from, LocalDate until) {
        return jdbc.sql(sql).param("uid", uid).param("from", from).param("until", until);
    }

    static @Nullable BigDecimal average(int[] histogram) {
        long count = 0;
        long halves = 0;
        for (int i = 0; i < histogram.length; i++) {
            count += histogram[i];
            halves += (long) histogram[i] * (i + 1);
        }
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(count * 2), 1, java.math.RoundingMode.HALF_UP);
    }
}
