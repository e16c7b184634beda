package com.frameratr.social;

/**
 * How a viewer stands to a user: what they may see, whether they follow or asked to, and whether
 * the viewer blocks the user.
 */
public record Relation(Access access, FollowStatus followStatus, boolean blockedByViewer) {

    static final Relation ANONYMOUS_PUBLIC = new Relation(Access.CONTENT, FollowStatus.NONE, false);
}
