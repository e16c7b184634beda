package com.frameratr.lists;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code user_list_items}: one title in one list, at a position 1..n. */
record ListEntry(
        long id,
        long listId,
        TitleKind kind,
        int titleId,
        int position,
        @Nullable String note,
        OffsetDateTime addedAt) {

    TitleRef title() {
        return new TitleRef(kind, titleId);
    }
}
