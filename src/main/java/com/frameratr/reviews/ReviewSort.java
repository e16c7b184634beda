package com.frameratr.reviews;

import java.util.Locale;

/**
 * The orders of a title's review listing, ties newest first. Each is the order of an index over one
 * title's reviews (V1, V15) or over their counters (V26's review_reactions, which copies the title
 * for it), so a page never sorts all of a popular title's reviews; an unrated review comes last in
 * both rating orders.
 */
enum ReviewSort {
    NEWEST(Indexed.REVIEWS, "r.created_at", false),
    MOST_LIKED(Indexed.REACTIONS, "rr.like_count", false),
    MOST_REPLIES(Indexed.REACTIONS, "rr.comment_count", false),
    HIGHEST(Indexed.REVIEWS, "coalesce(r.author_rating, 0)", false),
    LOWEST(Indexed.REVIEWS, "coalesce(r.author_rating, 11)", true);

    static final String CODES = "newest|most_liked|most_replies|highest|lowest";

    static final String MESSAGE = "must be newest, most_liked, most_replies, highest or lowest";

    /** The table whose index has the order (its alias in ReviewRepository.FROM) and its review id. */
    private enum Indexed {
        REVIEWS("r", "r.id"),
        REACTIONS("rr", "rr.review_id");

        final String alias;
        final String id;

        Indexed(String alias, String id) {
            this.alias = alias;
            this.id = id;
        }
    }

    /** The sort key, as the index has it. */
    final String key;

    final String orderBy;

    private final Indexed table;

    private final boolean ascending;

    ReviewSort(Indexed table, String key, boolean ascending) {
        this.table = table;
        this.key = key;
        this.ascending = ascending;
        this.orderBy = key + (ascending ? ", " : " DESC, ") + table.id + " DESC";
    }

    /** The title's rows, on the indexed table, so that the planner walks that index. */
    String ofTitle() {
        return table.alias + ".kind = :kind AND " + table.alias + ".title_id = :id";
    }

    /** Rows after the cursor's (value, id), in this order; the form the index can seek to. */
    String after() {
        return ascending
                ? key + " >= :value AND (" + key + " > :value OR " + table.id + " < :reviewId)"
                : "(" + key + ", " + table.id + ") < (:value, :reviewId)";
    }

    static ReviewSort ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
