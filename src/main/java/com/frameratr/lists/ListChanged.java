package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import org.jspecify.annotations.Nullable;

/**
 * A user's list was created, changed or deleted, or one of its entries was added, changed or removed,
 * or its entries were put in a new order (only when that changed something: a write that leaves the
 * list as it was publishes nothing).
 *
 * @param title the title of the entry added, changed or removed; null for the changes of the list
 */
public record ListChanged(
        long listId, String uid, Change change, @Nullable TitleRef title) {

    public enum Change {
        CREATED,
        DELETED,
        TITLE_ADDED,
        TITLE_REMOVED,
        /** Its name, description, ranking or visibility. */
        CHANGED,
        /** An entry's note or position. */
        ENTRY_CHANGED,
        REORDERED
    }
}
