package com.frameratr.interop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of Letterboxd's import CSV: a viewing ({@code watchedOn} set) or a rated or reviewed film
 * without one. {@code rating} is FrameRatr's, 0.5..10 in halves.
 */
record LetterboxdRow(
        int tmdbId,
        String title,
        @Nullable Integer year,
        @Nullable LocalDate watchedOn,
        @Nullable BigDecimal rating,
        @Nullable Boolean rewatch,
        List<String> tags,
        @Nullable String review) {}
