package com.frameratr.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.frameratr.catalog.TitleCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A favorite: the title's list fields and when it became a favorite. */
record FavoriteResponse(
        @JsonUnwrapped TitleCard title,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime favoritedAt) {

    static FavoriteResponse from(ShelfService.ShelfItem item) {
        return new FavoriteResponse(item.title(), item.entry().addedAt());
    }
}
