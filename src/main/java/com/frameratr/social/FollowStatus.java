package com.frameratr.social;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the viewer stands with a user they may follow, as JSON {@code none|requested|following}. */
public enum FollowStatus {
    NONE,
    REQUESTED,
    FOLLOWING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FollowStatus ofStored(@org.jspecify.annotations.Nullable String status) {
        return status == null ? NONE : valueOf(status.toUpperCase(Locale.ROOT));
    }
}
