package com.frameratr.lists;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code user_lists}, with its counters (kept by the database: V10).
 *
 * @param movieCount the entries that are movies (the web app's {@code movie_count})
 * @param likeCount likes (V18)
 * @param commentCount comments and replies under it (V16)
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
        OffsetDateTime updatedAt,
        int likeCount,
        int commentCount) {

    /**
     * The lists' own part of who may read a list: the owner reads any of theirs, anyone else (signed
     * in or not) only a public or unlisted one. {@link ListAccess} adds the owner's privacy and blocks;
     * every read of a list and its entries asks it.
     */
    boolean readableBy(@Nullable String viewerUid) {
        return uid.equals(viewerUid) || visibility != Visibility.PRIVATE;
    }
}
