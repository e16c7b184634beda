package com.frameratr.users;

import com.frameratr.platform.web.VisibleText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PATCH /api/me}: absent or null fields stay as they are; an empty {@code bio} or
 * {@code photo_url} clears it. A {@code handle} is stored lower case; {@code privacy} is public or private.
 */
record ProfileChanges(
        @Schema(example = "ada_l", description = "3 to 30 of a-z, 0-9 and _, unique ignoring case; 409 when taken")
        @Pattern(regexp = "[A-Za-z0-9_]{3,30}", message = "must be 3 to 30 of a-z, 0-9 and _")
        @Nullable
        String handle,

        @Schema(example = "Ada L.") @Size(min = 1, max = 100) @VisibleText @Nullable
        String displayName,

        @Schema(example = "Mostly noir and Ghibli.") @Size(max = 1000) @Nullable
        String bio,

        @Schema(example = "https://example.com/ada.png")
        @Size(max = 2048)
        @Pattern(regexp = "^$|^https://\\S+$", message = "must be an https URL")
        @Nullable
        String photoUrl,

        @Schema(
                example = "private",
                description = "`public` (default): anyone sees the diary, ratings, reviews, lists and activity;"
                        + " `private`: only approved followers do, and following becomes a request")
        @Pattern(regexp = "public|private", message = "must be public or private")
        @Nullable
        String privacy) {}
