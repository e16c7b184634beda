package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A viewing to log, checked field by field; its JSON form (with {@code watchedOn} as given, null
 * for "today") is what an {@code Idempotency-Key} retry must repeat.
 *
 * @param rewatch null: whether the user logged the title on or before that date
 */
record LogViewing(
        TitleRef title,
        @Nullable LocalDate watchedOn,
        @Nullable BigDecimal ratingVal,
        @Nullable String review,
        boolean spoiler,
        boolean liked,
        @Nullable Boolean rewatch,
        List<String> tags,
        boolean keepInWatchlist) {}
