package com.frameratr.lists;

import com.frameratr.users.Author;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A list as its page shows it: its fields, its owner (by public handle, never the uid), its size
 * and its likes and comments. */
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
        OffsetDateTime updatedAt,

        @Schema(example = "4") int likeCount,

        @Schema(example = "2", description = "comments and replies under the list")
        int commentCount,

        @Schema(example = "false", description = "whether the caller likes it; false without a token")
        boolean likedByMe) {

    static ListDetailResponse of(UserList list, Author owner, boolean likedByMe) {
        return new ListDetailResponse(
                list.id(),
                list.name(),
                list.description(),
                list.ranked(),
                list.visibility(),
                new OwnerResponse(owner.handle(), owner.displayName()),
                list.entryCount(),
                list.createdAt(),
                list.updatedAt(),
                list.likeCount(),
                list.commentCount(),
                likedByMe);
    }

    record OwnerResponse(
            @Schema(example = "ada_l", description = "the owner's public handle")
            String handle,

            @Schema(example = "Ada L.") @Nullable String displayName) {}
}
