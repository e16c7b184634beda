package com.frameratr.users;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user of a request, from a verified ID token. Controllers take it as a parameter.
 *
 * @param uid the Firebase uid (token {@code sub})
 */
public record CurrentUser(
        String uid,
        @Nullable String email,
        @Nullable String name,
        @Nullable String picture) {}
