package com.frameratr.platform.limits;

import com.frameratr.platform.problems.ConflictException;
import java.util.Map;

/**
 * One per-user limit on stored things (lists, entries, watchlist titles, viewings per day). A
 * feature declares each of its limits as a bean; {@code GET /api/me/limits} states them all, so a
 * client never meets a limit it could not have read first.
 *
 * @param name snake_case, as the client reads it in {@code /api/me/limits} and in the 409 problem
 * @param max the most a user may have
 */
public record UserLimit(String name, int max, String description) {

    public UserLimit {
        if (!name.matches("[a-z][a-z0-9_]*") || max < 1) {
            throw new IllegalArgumentException("bad limit " + name + "=" + max);
        }
    }

    /** Throws the 409 {@code limit-exceeded} problem, naming this limit, when {@code count} more would pass it. */
    public void check(long current, long adding) {
        if (current + adding > max) {
            throw exceeded();
        }
    }

    public ConflictException exceeded() {
        return new ConflictException(
                "limit-exceeded",
                "Limit " + name + " reached: " + description + " (at most " + max + ")",
                Map.of("limit", name, "max", max));
    }
}
