package com.frameratr.users;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

record MeResponse(
        @Schema(example = "hY3kP0XoQ2bKc9s1") String uid,

        @Schema(example = "ada_l", description = "public name in URLs and listings: 3 to 30 of a-z, 0-9, _")
        String handle,

        @Schema(example = "ada@example.com") @Nullable String email,
        @Schema(example = "Ada") @Nullable String displayName,

        @Schema(example = "https://example.com/ada.png") @Nullable
        String photoUrl,

        @Nullable String bio,

        @Schema(example = "public", description = "public | private (see PATCH /api/me)")
        String privacy,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,

        @Schema(example = "3", description = "notifications not read yet")
        long unreadCount) {

    static MeResponse from(User user, long unreadCount) {
        return new MeResponse(
                user.uid(),
                user.handle(),
                user.email(),
                user.displayName(),
                user.photoUrl(),
                user.bio(),
                user.privacy(),
                user.createdAt(),
                user.updatedAt(),
                unreadCount);
    }
}
