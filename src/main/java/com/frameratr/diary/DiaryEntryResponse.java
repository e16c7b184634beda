package com.frameratr.diary;

import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A diary entry: one viewing, with the title's list fields under {@code title}. */
record DiaryEntryResponse(
        @Schema(example = "4711") long id,

        @Schema(example = "155", description = "set for a movie") @Nullable
        Integer movieId,

        @Schema(description = "set for a TV show") @Nullable Integer tvId,

        @Schema(description = "the title's list fields, as the catalog lists show them") @Nullable
        TitleCard title,

        @Schema(example = "2026-11-30") LocalDate watchedOn,
        @Schema(example = "false") boolean rewatch,
        @Schema(example = "9.0") @Nullable BigDecimal ratingVal,
        @Schema(example = "true") boolean liked,

        @Schema(example = "812", description = "the review written with this viewing") @Nullable
        Long reviewId,

        @Schema(example = "[\"cinema\", \"with friends\"]") List<String> tags,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static DiaryEntryResponse from(DiaryEntry entry, @Nullable TitleCard title) {
        boolean movie = entry.kind() == TitleKind.MOVIE;
        return new DiaryEntryResponse(
                entry.id(),
                movie ? entry.titleId() : null,
                movie ? null : entry.titleId(),
                title,
                entry.watchedOn(),
                entry.rewatch(),
                entry.ratingVal(),
                entry.liked(),
                entry.reviewId(),
                entry.tags(),
                entry.createdAt(),
                entry.updatedAt());
    }
}
