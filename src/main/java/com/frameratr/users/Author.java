package com.frameratr.users;

import org.jspecify.annotations.Nullable;

/** How other users see a user: the public handle and the display name, never the Firebase uid. */
public record Author(String handle, @Nullable String displayName) {}
