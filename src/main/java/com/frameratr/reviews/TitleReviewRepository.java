package com.frameratr.reviews;

import com.frameratr.catalog.TitleKind;
import com.frameratr.platform.paging.Cursor;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.paging.Timestamps;
import com.frameratr.social.Visibility;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a title's review listing: one order per {@link ReviewSort}, each read from its index
 * a page at a time, keeping only the reviews whose author the viewer may see (social.Visibility).
 */
@Repository
class TitleReviewRepository {

    private static final String PAGE = """
            SELECT %s
            FROM %s
            WHERE %s
              AND %s
            ORDER BY %s
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String PAGE_AFTER = """
            SELECT %s
            FROM %s
            WHERE %s
              AND %s
              AND %s
            ORDER BY %s
            LIMIT :limit
            """;

    private static final String CAN_SEE = Visibility.sqlCanSee(":viewer", "r.uid");

    private final JdbcClient jdbc;

    TitleReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A numbered page, or the page after a cursor from {@link #cursorOf} of the same order. */
    List<Review> page(TitleKind kind, int id, ReviewSort sort, @Nullable String viewerUid, PageRequest page) {
        JdbcClient.StatementSpec statement = page.after() == null
                ? jdbc.sql(sql(sort, false)).param("offset", page.offset())
                : after(jdbc.sql(sql(sort, true)), sort, page);
        return statement
                .param("kind", kind.code())
                .param("id", id)
                .param("viewer", viewerUid, java.sql.Types.VARCHAR)
                .param("limit", page.limit())
                .query(ReviewRepository.REVIEW)
                .list();
    }

    /** The statement of a page in the order: numbered (offset), or after a cursor's (value, id). */
    static String sql(ReviewSort sort, boolean afterCursor) {
        String columns = ReviewRepository.COLUMNS;
        String from = ReviewRepository.FROM;
        return afterCursor
                ? PAGE_AFTER.formatted(columns, from, sort.ofTitle(), CAN_SEE, sort.after(), sort.orderBy)
                : PAGE.formatted(columns, from, sort.ofTitle(), CAN_SEE, sort.orderBy);
    }

    /** Where a page ended; the order is part of it, so a cursor of one order fits no other. */
    static String cursorOf(ReviewSort sort, Review review) {
        Object value = switch (sort) {
            case NEWEST -> Timestamps.toMicros(review.createdAt());
            case MOST_LIKED -> review.likeCount();
            case MOST_REPLIES -> review.commentCount();
            case HIGHEST -> rating(review, BigDecimal.ZERO).toPlainString();
            case LOWEST -> rating(review, BigDecimal.valueOf(11)).toPlainString();
        };
        return Cursor.encode(sort.code(), value, review.id());
    }

    private static BigDecimal rating(Review review, BigDecimal unrated) {
        return review.authorRating() == null ? unrated : review.authorRating();
    }

    private static JdbcClient.StatementSpec after(
            JdbcClient.StatementSpec statement, ReviewSort sort, PageRequest page) {
        List<String> key = Cursor.decode(page.after(), 3);
        if (!key.getFirst().equals(sort.code())) {
            throw Cursor.invalid();
        }
        String value = key.get(1);
        Object bound = switch (sort) {
            case NEWEST -> Timestamps.fromMicros(Cursor.longPart(value));
            case MOST_LIKED, MOST_REPLIES -> Cursor.longPart(value);
            case HIGHEST, LOWEST -> decimal(value);
        };
        return statement.param("value", bound).param("reviewId", Cursor.longPart(key.get(2)));
    }

    private static BigDecimal decimal(String part) {
        try {
            BigDecimal value = new BigDecimal(part);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(11)) > 0) {
                throw Cursor.invalid();
            }
            return value;
        } catch (NumberFormatException ex) {
            throw Cursor.invalid();
        }
    }
}
