package com.frameratr.diary;

import com.frameratr.catalog.TitleRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A user logged a viewing of a title (a new diary entry). */
public record ViewingLogged(
        long entryId,
        String uid,
        TitleRef title,
        LocalDate watchedOn,
        boolean rewatch,
        @Nullable BigDecimal ratingVal) {}
