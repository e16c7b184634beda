package com.frameratr.platform;

/**
 * One page of a list: {@code page} counts from 1, {@code limit} is at most {@link #MAX_LIMIT}.
 * Controllers validate the query parameters with the same bounds before building one.
 */
public record PageRequest(int page, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 1 and " + MAX_PAGE);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
