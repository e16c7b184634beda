package com.frameratr.lists;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code user_lists}, with its counters (kept by the database: V10).
 *
 * @param movieCount the entries that are movies (the web app's {@code movie_count})
 */
record UserList(
        long id,
        String uid,
        String name,
        @Nullable String description,
        boolean ranked,
        Visibility visibility,
        int entryCount,
        int movieCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /**
     * The one privacy rule of lists: the owner reads any of theirs, anyone else (signed in or not)
     * only a public or unlisted one. Every read of a list and its entries asks this.
     */
    boolean readableBy(@Nullable String viewerUid) {
        return uid.equals(viewerUid) || visibility != Visibility.PRIVATE;
    }
}
