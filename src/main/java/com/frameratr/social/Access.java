package com.frameratr.social;

/** What a viewer may see of a user, as {@link Visibility} decides it. */
public enum Access {
    /** The user themself. */
    OWNER,
    /** Everything the user shares: their profile is public, or the viewer is an approved follower. */
    CONTENT,
    /**
     * The profile's card only: the profile is private and the viewer does not follow it (or only
     * asked to), or the viewer blocks the user.
     */
    CARD,
    /** Nothing: the user blocks the viewer, who must not learn that the profile exists. */
    NONE;

    public boolean seesContent() {
        return this == OWNER || this == CONTENT;
    }
}
