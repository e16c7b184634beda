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
 * diary, or a year of {@code watched_on}); each viewing carries its title's runtime and genre ids
 * (V13), so no statement looks up a title per viewing.
 */
@Repository
class StatsRepository {

    private static final String MONTHS = """
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 1),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 2),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 3),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 4),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 5),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 6),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 7),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 8),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 9),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 10),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 11),
                   count(*) FILTER (WHERE extract(month FROM watched_on) = 12)""";

    private static final String WEEKDAYS = """
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 1),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 2),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 3),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 4),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 5),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 6),
                   count(*) FILTER (WHERE extract(isodow FROM watched_on) = 7)""";

    private static final String PERIOD = """
            WHERE uid = :uid
              AND watched_on >= :from
              AND watched_on < :until
            """;

    // one pass over the period's entries; runtime is the viewing's own copy (V13)
    private static final String TOTALS = """
            SELECT count(DISTINCT title_id) FILTER (WHERE kind = 'movie'),
                   count(DISTINCT title_id) FILTER (WHERE kind = 'tv'),
                   count(*),
                   count(*) FILTER (WHERE rewatch),
                   coalesce(sum(runtime), 0),
%s,
%s
            FROM diary_entries
            """.formatted(MONTHS, WEEKDAYS) + PERIOD;

    private static final String TOP_GENRES = """
            SELECT g.name, count(*) AS viewings
            FROM diary_entries e
            CROSS JOIN unnest(e.genre_ids) AS genre_id
            JOIN genres g ON g.id = genre_id
            WHERE e.uid = :uid
              AND e.watched_on >= :from
              AND e.watched_on < :until
            GROUP BY g.name
            ORDER BY viewings DESC, g.name
            LIMIT :limit
            """;

    private static final String MOST_WATCHED = """
            SELECT kind, title_id, count(*) AS viewings, max(watched_on) AS last_watched_on
            FROM diary_entries
            """ + PERIOD + """
            GROUP BY kind, title_id
            ORDER BY viewings DESC, last_watched_on DESC, kind, title_id
            LIMIT :limit
            """;

    private static final String RATINGS = """
            SELECT (rating_val * 2)::integer AS bucket, count(*)::integer
            FROM diary_entries
            """ + PERIOD + """
              AND rating_val IS NOT NULL
            GROUP BY bucket
            """;

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param byMonth viewings per month, January first; byWeekday per ISO weekday, Monday first */
    record Totals(int films, int shows, int viewings, int rewatches, long minutes, int[] byMonth, int[] byWeekday) {}

    record Counted(String name, int count) {}

    record MostWatched(TitleKind kind, int titleId, int viewings, LocalDate lastWatchedOn) {}

    Totals totals(String uid, LocalDate from, LocalDate until) {
        return period(TOTALS, uid, from, until)
                .query((rs, row) -> {
                    int[] months = new int[12];
                    int[] weekdays = new int[7];
                    for (int i = 0; i < 12; i++) {
                        months[i] = rs.getInt(6 + i);
                    }
                    for (int i = 0; i < 7; i++) {
                        weekdays[i] = rs.getInt(18 + i);
                    }
                    return new Totals(
                            rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), months, weekdays);
                })
                .single();
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
