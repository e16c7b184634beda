package com.frameratr.diary;

import com.frameratr.catalog.TitleKind;
import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of {@code diary_entries}. */
record DiaryEntry(
        long id,
        String uid,
        TitleKind kind,
        int titleId,
        LocalDate watchedOn,
        boolean rewatch,
        @Nullable BigDecimal ratingVal,
        boolean liked,
        @Nullable Long reviewId,
        List<String> tags,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    TitleRef title() {
        return new TitleRef(kind, titleId);
    }
}
