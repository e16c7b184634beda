package com.frameratr.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A title on the watchlist: its list fields and when it was added. */
record WatchlistResponse(
        @JsonUnwrapped TitleCard title,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime addedAt) {

    static WatchlistResponse from(ShelfService.ShelfItem item) {
        return new WatchlistResponse(item.title(), item.entry().addedAt());
    }
}
