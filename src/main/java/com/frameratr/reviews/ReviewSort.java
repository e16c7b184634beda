package com.frameratr.reviews;

import java.util.Locale;

/**
 * The orders of a title's review listing, ties newest first. Each is the order of an index over one
 * title's reviews (V1, V15, V16), so a page never sorts all of a popular title's reviews; an unrated
 * review comes last in both rating orders.
 */
enum ReviewSort {
    NEWEST("r.created_at", "r.created_at DESC, r.id DESC"),
    MOST_LIKED("r.like_count", "r.like_count DESC, r.id DESC"),
    MOST_REPLIES("r.comment_count", "r.comment_count DESC, r.id DESC"),
    HIGHEST("coalesce(r.author_rating, 0)", "coalesce(r.author_rating, 0) DESC, r.id DESC"),
    LOWEST("coalesce(r.author_rating, 11)", "coalesce(r.author_rating, 11), r.id DESC");

    static final String CODES = "newest|most_liked|most_replies|highest|lowest";

    static final String MESSAGE = "must be newest, most_liked, most_replies, highest or lowest";

    /** The sort key, as the index has it. */
    final String key;

    final String orderBy;

    ReviewSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    /** Rows after the cursor's (value, id), in this order; the form the index can seek to. */
    String after() {
        return this == LOWEST
                ? key + " >= :value AND (" + key + " > :value OR r.id < :reviewId)"
                : "(" + key + ", r.id) < (:value, :reviewId)";
    }

    static ReviewSort ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
