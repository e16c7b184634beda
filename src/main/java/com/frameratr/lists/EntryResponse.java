package com.frameratr.lists;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a list: the title's list fields, as in every list of titles ({@code id} is the
 * title's TMDb id; a movie's fields or a TV show's), and the entry's own {@code entry_id},
 * {@code kind}, {@code position}, {@code note} and {@code added_at}.
 */
record EntryResponse(
        @Schema(example = "31", description = "the entry's id (its path, and PUT .../order)")
        long entryId,

        @Schema(
                example = "movie",
                allowableValues = {"movie", "tv"})
        String kind,

        @Schema(example = "1", description = "1..n, the owner's order")
        int position,

        @Schema(example = "Ledger's Joker carries it.") @Nullable
        String note,

        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime addedAt,
        @JsonUnwrapped TitleCard title) {

    static EntryResponse of(ListEntry entry, TitleCard title) {
        return new EntryResponse(
                entry.id(), entry.kind().code(), entry.position(), entry.note(), entry.addedAt(), title);
    }
}
