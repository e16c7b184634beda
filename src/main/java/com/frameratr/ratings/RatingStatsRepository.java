package com.frameratr.ratings;

import com.frameratr.catalog.TitleKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of {@code rating_stats} (kept exact by a trigger on {@code ratings}, see V1) and of single
 * users' ratings for listings.
 */
@Repository
class RatingStatsRepository {

    private static final String SUMMARY = """
            SELECT rating_count, rating_sum, histogram
            FROM rating_stats
            WHERE kind = :kind
              AND title_id = :id
            """;

    private static final String VALUES_BY_USERS = """
            SELECT uid, rating_val
            FROM ratings
            WHERE kind = :kind
              AND title_id = :id
              AND uid IN (:uids)
            """;

    private static final String USER_HISTOGRAM = """
            SELECT (rating_val * 2)::integer AS bucket, count(*)::integer
            FROM ratings
            WHERE uid = :uid
            GROUP BY bucket
            """;

    private static final String RATED_AMONG = """
            SELECT title_id
            FROM ratings
            WHERE uid = :uid
              AND kind = :kind
              AND title_id IN (:ids)
            """;

    private final JdbcClient jdbc;

    RatingStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RatingSummary> summary(TitleKind kind, int id) {
        return jdbc.sql(SUMMARY)
                .param("kind", kind.code())
                .param("id", id)
                .query((rs, row) -> new RatingSummary(
                        rs.getInt("rating_count"), rs.getBigDecimal("rating_sum"), toInts(rs.getArray("histogram"))))
                .optional();
    }

    Map<String, BigDecimal> valuesByUsers(TitleKind kind, int id, Collection<String> uids) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        record UserValue(String uid, BigDecimal ratingVal) {}
        List<UserValue> values = jdbc.sql(VALUES_BY_USERS)
                .param("kind", kind.code())
                .param("id", id)
                .param("uids", uids)
                .query((rs, row) -> new UserValue(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return values.stream().collect(Collectors.toMap(UserValue::uid, UserValue::ratingVal));
    }

    List<Integer> ratedAmong(String uid, TitleKind kind, Collection<Integer> ids) {
        return jdbc.sql(RATED_AMONG)
                .param("uid", uid)
                .param("kind", kind.code())
                .param("ids", ids)
                .query(Integer.class)
                .list();
    }

    private static int[] toInts(Array array) throws SQLException {
        Integer[] boxed = (Integer[]) array.getArray();
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** How many of the user's current ratings have each value: index i counts ratings of (i + 1) × 0.5. */
    int[] userHistogram(String uid) {
        int[] histogram = new int[RatingSummary.BUCKETS];
        jdbc.sql(USER_HISTOGRAM).param("uid", uid).query((java.sql.ResultSet rs) -> {
            histogram[rs.getInt(1) - 1] = rs.getInt(2);
        });
        return histogram;
    }
}
