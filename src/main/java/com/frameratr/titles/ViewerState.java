package com.frameratr.titles;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The signed-in reader's own state of the title, on its page. */
record ViewerState(
        @Schema(example = "9.0", description = "the reader's current rating") @Nullable
        BigDecimal ratingVal,

        @Schema(example = "false") boolean inWatchlist,
        @Schema(example = "true") boolean favorited,

        @Schema(example = "2", description = "the reader's diary entries of the title")
        int watchCount,

        @Schema(example = "2026-11-30") @Nullable LocalDate lastWatchedOn,
        @Schema(example = "812") @Nullable Long reviewId) {}
