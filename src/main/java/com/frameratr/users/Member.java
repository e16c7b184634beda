package com.frameratr.users;

import org.jspecify.annotations.Nullable;

/**
 * A user as other features address them: the uid for joins, and what anyone may see of a profile
 * (its card). {@code privateProfile} is the owner's choice in {@code PATCH /api/me}; what it hides
 * is decided by {@code social.Visibility}.
 */
public record Member(
        String uid,
        String handle,
        @Nullable String displayName,
        @Nullable String photoUrl,
        boolean privateProfile) {}
