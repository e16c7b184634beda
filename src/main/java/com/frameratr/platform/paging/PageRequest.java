package com.frameratr.platform.paging;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list, by number or by cursor. {@code page} counts from 1, {@code limit} is at most
 * {@link #MAX_LIMIT}. Numbered pages reach at most {@link #MAX_WINDOW} items deep: an OFFSET makes
 * the database read and drop every row before the page, so a deep page costs as much as the whole
 * walk to it. Deeper walks follow the {@code cursor} that each full page's {@code Link: rel="next"}
 * carries (keyset paging: the cost of a page does not depend on its depth). A value, not a request:
 * the web layer ({@link PageParams}) says which parameter was wrong; an invalid one here is a bug.
 *
 * @param cursor where the previous page ended ({@link Cursor}), empty to start a walk by cursor at
 *     the first item, or null for a numbered page
 */
public record PageRequest(int page, int limit, @Nullable String cursor) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_PAGE = MAX_WINDOW;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT || page < 1 || (cursor != null && page != 1) || !withinWindow(page, limit)) {
            throw new IllegalArgumentException("page " + page + ", limit " + limit + " is not a valid page");
        }
    }

    public PageRequest(int page, int limit) {
        this(page, limit, null);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(1, limit, cursor);
    }

    static boolean withinWindow(int page, int limit) {
        return (long) page * limit <= MAX_WINDOW;
    }

    public boolean byCursor() {
        return cursor != null;
    }

    /** The cursor to continue after, or null for the first page (numbered, or a walk's start). */
    public @Nullable String after() {
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    /** The last numbered page a link may point to. */
    public static long lastReachablePage(int limit) {
        return MAX_WINDOW / limit;
    }
}
