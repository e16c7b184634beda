package com.frameratr.social;

import com.frameratr.platform.problems.ForbiddenException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one decision of who may see whose content: {@link #CAN_SEE}, a SQL condition that the check of
 * a single owner here and the per-row filters of listing queries elsewhere ({@link #sqlCanSee}) both
 * embed, so they can never disagree.
 */
@Component
public class Visibility {

    private final VisibilityRepository repository;
    private final Users users;

    Visibility(VisibilityRepository repository, Users users) {
        this.repository = repository;
        this.users = users;
    }

    /**
     * The user of a profile page ({@code /api/users/{handle}/...}) whose content the viewer may see:
     * 404 for an unknown handle or an owner who blocks the viewer, 403 for a private profile or one the
     * viewer blocks (see
     * {@link #requireContent}).
     */
    public Member contentOwner(@Nullable String viewerUid, String handle) {
        Member owner = users.byHandle(handle).orElseThrow(() -> noSuchUser(handle));
        requireContent(viewerUid, owner);
        return owner;
    }

    /**
     * The viewer (%1$s, NULL when anonymous) may see the owner's (%2$s) diary, ratings, reviews, lists
     * and activity: the owner always; nobody across a block, in either direction; else anyone when
     * the profile is public, and approved followers when it is private. Spliced into each query as
     * an expression rather than called as a SQL function: PostgreSQL never inlines a function whose
     * body has subqueries, and the call per row measured three times slower than this (four
     * primary-key or index probes per row, each skipped once the answer is known). The profile's
     * privacy is read by a scalar subquery, not EXISTS: PostgreSQL may run an EXISTS as one hashed
     * scan of all users (measured: the whole table hashed for a page of 20 feed rows), never this.
     */
    private static final String CAN_SEE = """
            (%1$s IS NOT DISTINCT FROM %2$s
             OR (%3$s
                 AND ((SELECT vis_u.privacy FROM users vis_u WHERE vis_u.uid = %2$s) = 'public'
                      OR EXISTS (SELECT 1
                                 FROM follows vis_f
                                 WHERE vis_f.follower_uid = %1$s
                                   AND vis_f.followee_uid = %2$s
                                   AND vis_f.status = 'following'))))""";

    /** Neither of the two (%1$s, %2$s) blocks the other; true for an anonymous viewer. */
    private static final String NOT_BLOCKED = """
            (NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = %2$s AND vis_b.blocked_uid = %1$s)
             AND NOT EXISTS (SELECT 1 FROM blocks vis_b WHERE vis_b.blocker_uid = %1$s AND vis_b.blocked_uid = %2$s))""";

    /**
     * A condition that keeps only rows of users not blocked either way by the viewer (comments, lists
     * of people), e.g. {@code sqlNotBlocked(":viewer", "c.uid")}; a null viewer blocks nobody. The
     * same {@code vis_} aliases as {@link #sqlCanSee}.
     */
    public static String sqlNotBlocked(String viewerParameter, String otherColumn) {
        return NOT_BLOCKED.formatted(qualified(viewerParameter), qualified(otherColumn));
    }

    /**
     * An unqualified column would be captured by the condition's own subqueries ({@code uid} is also
     * a column of {@code users}): every operand must be a parameter or a qualified column.
     */
    private static String qualified(String operand) {
        if (!operand.matches(":[a-zA-Z]+|CAST\\(:[a-zA-Z]+ AS text\\)|[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a parameter or a qualified column (alias.column), not " + operand);
        }
        return operand;
    }

    /**
     * A condition for a query that keeps only rows whose owner the viewer may see, e.g.
     * {@code sqlCanSee(":viewer", "r.uid")}; bind the viewer's uid, or null (typed as text) for an
     * anonymous reader. The owner must be a qualified column ({@code r.uid}, not {@code uid}: that
     * would name the condition's own {@code users.uid}), and the condition's own aliases start with
     * {@code vis_}, which the caller's query must not use.
     */
    public static String sqlCanSee(String viewerParameter, String ownerColumn) {
        return CAN_SEE.formatted(
                qualified(viewerParameter), qualified(ownerColumn), sqlNotBlocked(viewerParameter, ownerColumn));
    }

    /** How the viewer (null: anonymous) stands to the owner. */
    public Relation relation(@Nullable String viewerUid, Member owner) {
        if (owner.uid().equals(viewerUid)) {
            return new Relation(Access.OWNER, FollowStatus.NONE, false);
        }
        if (viewerUid == null) {
            return owner.privateProfile()
                    ? new Relation(Access.CARD, FollowStatus.NONE, false)
                    : Relation.ANONYMOUS_PUBLIC;
        }
        return repository.relation(viewerUid, owner.uid());
    }

    public Access accessOf(@Nullable String viewerUid, Member owner) {
        return relation(viewerUid, owner).access();
    }

    /** Whether the viewer may see the owner's content (the per-row rule of {@link #sqlCanSee}). */
    public boolean canSee(@Nullable String viewerUid, String ownerUid) {
        return repository.canSee(viewerUid, ownerUid);
    }

    /**
     * For a profile's diary, ratings, reviews, lists and activity: returns when the viewer may see
     * them, else 404 when the owner blocks the viewer (as if there were no such user), 403
     * {@code blocked-by-you} when the viewer blocks the owner, and 403 {@code private-profile} when
     * the profile is private and the viewer is not an approved follower.
     */
    public void requireContent(@Nullable String viewerUid, Member owner) {
        Relation relation = relation(viewerUid, owner);
        switch (relation.access()) {
            case OWNER, CONTENT -> {}
            case CARD ->
                throw relation.blockedByViewer()
                        ? new ForbiddenException(
                                "blocked-by-you",
                                "You block @" + owner.handle() + ": unblock them to see what they share")
                        : new ForbiddenException(
                                "private-profile",
                                "@" + owner.handle() + "'s profile is private: only approved followers see it");
            case NONE -> throw noSuchUser(owner.handle());
        }
    }

    /**
     * For a like, comment or report of something the owner made: 404 unless the viewer may see it
     * (the viewer never learns whether a hidden item exists).
     */
    public void requireVisible(String viewerUid, String ownerUid, String what) {
        if (!canSee(viewerUid, ownerUid)) {
            throw new NotFoundException("No " + what);
        }
    }

    /** The 404 of an unknown handle, and of a user who blocks the caller: the two must not differ. */
    public static NotFoundException noSuchUser(String handle) {
        // only a handle that could exist is echoed back
        return handle.matches("[A-Za-z0-9_]{3,30}")
                ? new NotFoundException("No user @" + handle.toLowerCase(java.util.Locale.ROOT))
                : new NotFoundException("No such user");
    }
}
