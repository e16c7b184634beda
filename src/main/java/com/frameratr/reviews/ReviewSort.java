package com.frameratr.reviews;

import java.util.Locale;

/**
 * The orders of a title's review listing, ties newest first. Each is the order of an index over one
 * title's reviews (V1, V15) or over their counters (V26's review_reactions, which copies the title
 * for it), so a page never sorts all of a popular title's reviews; an unrated review comes last in
 * both rating orders.
 */
enum ReviewSort {
    NEWEST("r", "r.created_at", "r.created_at DESC, r.id DESC"),
    MOST_LIKED("rr", "rr.like_count", "rr.like_count DESC, rr.review_id DESC"),
    MOST_REPLIES("rr", "rr.comment_count", "rr.comment_count DESC, rr.review_id DESC"),
    HIGHEST("r", "coalesce(r.author_rating, 0)", "coalesce(r.author_rating, 0) DESC, r.id DESC"),
    LOWEST("r", "coalesce(r.author_rating, 11)", "coalesce(r.author_rating, 11), r.id DESC");

    static final String CODES = "newest|most_liked|most_replies|highest|lowest";

    static final String MESSAGE = "must be newest, most_liked, most_replies, highest or lowest";

    /** The sort key, as the index has it. */
    final String key;

    final String orderBy;

    /** The alias of the table whose index has the order: the title and the id are read from it. */
    private final String table;

    ReviewSort(String table, String key, String orderBy) {
        this.table = table;
        this.key = key;
        this.orderBy = orderBy;
    }

    /** The title's rows, on the indexed table, so that the planner walks that index. */
    String ofTitle() {
        return table + ".kind = :kind AND " + table + ".title_id = :id";
    }

    /** Rows after the cursor's (value, id), in this order; the form the index can seek to. */
    String after() {
        String id = table.equals("rr") ? "rr.review_id" : "r.id";
        return this == LOWEST
                ? key + " >= :value AND (" + key + " > :value OR " + id + " < :reviewId)"
                : "(" + key + ", " + id + ") < (:value, :reviewId)";
    }

    static ReviewSort ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
