package com.frameratr.platform;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list, by number or by cursor. {@code page} counts from 1, {@code limit} is at most
 * {@link #MAX_LIMIT}. Numbered pages reach at most {@link #MAX_WINDOW} items deep: an OFFSET makes
 * the database read and drop every row before the page, so a deep page costs as much as the whole
 * walk to it. Deeper walks follow the {@code cursor} that each full page's {@code Link: rel="next"}
 * carries (keyset paging: the cost of a page does not depend on its depth).
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
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 1 and " + MAX_PAGE);
        }
        if (cursor != null && page != 1) {
            throw new InvalidParameterException("page", "give page or cursor, not both");
        }
        if ((long) page * limit > MAX_WINDOW) {
            throw new InvalidParameterException(
                    "page",
                    "page × limit may be at most " + MAX_WINDOW
                            + "; walk deeper with the cursor of the Link header's rel=\"next\"");
        }
    }

    public PageRequest(int page, int limit) {
        this(page, limit, null);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(1, limit, cursor);
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
