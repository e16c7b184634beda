package com.frameratr.users;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PATCH /api/me}: absent or null fields stay as they are; an empty {@code bio} or
 * {@code photo_url} clears it.
 */
record ProfileChanges(
        @Schema(example = "Ada L.")
        @Size(min = 1, max = 100)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Nullable
        String displayName,

        @Schema(example = "Mostly noir and Ghibli.") @Size(max = 1000) @Nullable
        String bio,

        @Schema(example = "https://example.com/ada.png")
        @Size(max = 2048)
        @Pattern(regexp = "^$|^https://\\S+$", message = "must be an https URL")
        @Nullable
        String photoUrl) {}
