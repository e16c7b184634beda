package com.frameratr.lists;

import com.frameratr.users.Author;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A list as its page shows it: its fields, its owner (by public handle, never the uid) and its size. */
record ListDetailResponse(
        @Schema(example = "7") long id,
        @Schema(example = "Nolan, ranked") String name,

        @Schema(example = "From Following to Oppenheimer, best first.") @Nullable
        String description,

        @Schema(example = "true", description = "entries by position (true) or newest first")
        boolean ranked,

        @Schema(
                example = "public",
                allowableValues = {"public", "unlisted", "private"})
        Visibility visibility,

        OwnerResponse owner,
        @Schema(example = "12") int entryCount,
        @Schema(example = "2026-11-20T18:03:11.512Z") OffsetDateTime createdAt,

        @Schema(example = "2026-11-22T09:41:03.207Z", description = "the last change of the list or its entries")
        OffsetDateTime updatedAt) {

    static ListDetailResponse of(UserList list, Author owner) {
        return new ListDetailResponse(
                list.id(),
                list.name(),
                list.description(),
                list.ranked(),
                list.visibility(),
                new OwnerResponse(owner.handle(), owner.displayName()),
                list.entryCount(),
                list.createdAt(),
                list.updatedAt());
    }

    record OwnerResponse(
            @Schema(example = "ada_l", description = "the owner's public handle")
            String handle,

            @Schema(example = "Ada L.") @Nullable String displayName) {}
}
