package com.frameratr.users;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code users}. */
record User(
        String uid,
        String handle,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String photoUrl,
        @Nullable String bio,
        String privacy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
