package com.frameratr.diary;

import com.frameratr.catalog.TitleKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A user's viewing statistics from one index range of their diary (the whole diary, or a year of
 * {@code watched_on}). Each viewing carries its title's runtime and genre ids (V13), so nothing is
 * looked up per viewing; the entries stream into a {@link StatsTally} without being kept.
 */
@Repository
class StatsRepository {

    private static final String VIEWINGS = """
            SELECT kind, title_id, watched_on, rewatch, runtime, genre_ids, rating_val
            FROM diary_entries
            WHERE uid = :uid
              AND watched_on >= :from
              AND watched_on < :until
            """;

    private static final String GENRE_NAMES = """
            SELECT id, name
            FROM genres
            """;

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StatsTally tally(String uid, LocalDate from, LocalDate until) {
        StatsTally tally = new StatsTally();
        jdbc.sql(VIEWINGS)
                .param("uid", uid)
                .param("from", from)
                .param("until", until)
                .query((ResultSet rs) -> tally.add(
                        TitleKind.ofCode(rs.getString(1)),
                        rs.getInt(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4),
                        rs.getObject(5, Integer.class),
                        ints(rs.getArray(6)),
                        rs.getBigDecimal(7)));
        return tally;
    }

    /** The catalog's genres by id (a few dozen rows). */
    Map<Integer, String> genreNames() {
        Map<Integer, String> names = new HashMap<>();
        jdbc.sql(GENRE_NAMES).query((ResultSet rs) -> {
            names.put(rs.getInt(1), rs.getString(2));
        });
        return names;
    }

    private static int[] ints(@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return new int[0];
        }
        Integer[] values = (Integer[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
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
