package com.frameratr.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of a diary entry to change; null ones stay as they are. */
record ChangeViewing(
        @Nullable LocalDate watchedOn,
        @Nullable BigDecimal ratingVal,
        @Nullable String review,
        @Nullable Boolean spoiler,
        @Nullable Boolean liked,
        @Nullable Boolean rewatch,
        @Nullable List<String> tags) {}
