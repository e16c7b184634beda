package com.frameratr.library;

import com.frameratr.platform.problems.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The orders a shelf can be listed in. {@code added} (newest first) pages by number or by cursor;
 * the others join the catalog and page by number only: they sort the user's shelf, which a
 * {@link com.frameratr.platform.limits.UserLimit} keeps within the numbered window.
 */
enum ShelfSort {
    ADDED("s.created_at DESC, s.title_id"),
    RELEASE("t.release_date DESC NULLS LAST, s.title_id"),
    POPULARITY("t.popularity DESC, s.title_id"),
    TITLE("lower(t.title), s.title_id");

    private final String orderBy;

    ShelfSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    static ShelfSort parse(@Nullable String value) {
        if (value == null) {
            return ADDED;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("sort", "must be one of " + names()));
    }

    static String names() {
        return Arrays.stream(values())
                .map(sort -> sort.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
