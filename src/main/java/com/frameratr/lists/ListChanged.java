package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import org.jspecify.annotations.Nullable;

/**
 * A user's list was created or deleted, or a title was added to it or removed from it (only when
 * that changed something: the writes are idempotent).
 *
 * @param title the title added or removed; null for {@code CREATED} and {@code DELETED}
 */
public record ListChanged(
        long listId, String uid, Change change, @Nullable TitleRef title) {

    public enum Change {
        CREATED,
        DELETED,
        TITLE_ADDED,
        TITLE_REMOVED
    }
}
