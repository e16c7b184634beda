package com.frameratr.social;

import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows, follow requests and their lists. Every change of one pair runs under the pair's lock. */
@Service
class FollowService {

    private final FollowRepository follows;
    private final Users users;
    private final Visibility visibility;
    private final People people;
    private final ApplicationEventPublisher events;
    private final UserLimit followsPerUser;

    FollowService(
            FollowRepository follows,
            Users users,
            Visibility visibility,
            People people,
            ApplicationEventPublisher events,
            @Qualifier(SocialLimits.FOLLOWS_PER_USER) UserLimit followsPerUser) {
        this.follows = follows;
        this.users = users;
        this.visibility = visibility;
        this.people = people;
        this.events = events;
        this.followsPerUser = followsPerUser;
    }

    /** Follows a public profile, or asks to follow a private one; following again changes nothing. */
    @Transactional
    FollowStatus follow(CurrentUser viewer, String handle) {
        users.ensureExists(viewer);
        Member target = other(viewer, handle, "follow");
        follows.lockPair(viewer.uid(), target.uid());
        FollowStatus wanted = target.privateProfile() ? FollowStatus.REQUESTED : FollowStatus.FOLLOWING;
        FollowRepository.Attempt attempt = follows.insertUnlessBlocked(viewer.uid(), target.uid(), wanted);
        if (attempt.blockedByFollowee()) {
            throw Visibility.noSuchUser(handle);
        }
        if (attempt.blockedByFollower()) {
            throw new ConflictException("blocked", "You block @" + target.handle() + "; unblock them to follow");
        }
        if (attempt.written()) {
            // counted after the insert, in its transaction (see the limits in docs/design.md)
            followsPerUser.check(follows.outgoingCount(viewer.uid()) - 1, 1);
            events.publishEvent(
                    wanted == FollowStatus.FOLLOWING
                            ? new Followed(viewer.uid(), target.uid())
                            : new FollowRequested(viewer.uid(), target.uid()));
            return wanted;
        }
        // a request to a profile that has become public since is granted
        if (wanted == FollowStatus.FOLLOWING && follows.approve(viewer.uid(), target.uid())) {
            events.publishEvent(new Followed(viewer.uid(), target.uid()));
            return FollowStatus.FOLLOWING;
        }
        return follows.statusOf(viewer.uid(), target.uid());
    }

    /** Ends a follow or withdraws a request; idempotent. */
    @Transactional
    void unfollow(CurrentUser viewer, String handle) {
        Member target = other(viewer, handle, "unfollow");
        follows.lockPair(viewer.uid(), target.uid());
        FollowRepository.Attempt attempt = follows.deleteUnlessBlocked(viewer.uid(), target.uid());
        if (attempt.blockedByFollowee()) {
            throw Visibility.noSuchUser(handle);
        }
        if (attempt.written()) {
            events.publishEvent(new Unfollowed(viewer.uid(), target.uid()));
        }
    }

    @Transactional
    void approve(CurrentUser owner, String handle) {
        Member requester = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        follows.lockPair(owner.uid(), requester.uid());
        if (follows.approve(requester.uid(), owner.uid())) {
            events.publishEvent(new Followed(requester.uid(), owner.uid()));
        } else if (follows.statusOf(requester.uid(), owner.uid()) != FollowStatus.FOLLOWING) {
            throw new NotFoundException("No follow request from @" + requester.handle());
        }
    }

    /** Refuses a pending request; idempotent (a refused request is simply gone). */
    @Transactional
    void deny(CurrentUser owner, String handle) {
        Member requester = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        follows.lockPair(owner.uid(), requester.uid());
        if (follows.delete(requester.uid(), owner.uid(), FollowStatus.REQUESTED)) {
            events.publishEvent(new Unfollowed(requester.uid(), owner.uid()));
        }
    }

    @Transactional(readOnly = true)
    Page<PersonResponse> followers(@Nullable String viewerUid, String handle, PageRequest page) {
        Member owner = visibleOwner(viewerUid, handle);
        return people.page(
                follows.followers(owner.uid(), FollowStatus.FOLLOWING, viewerUid, People.afterId(page), page.limit()),
                follows.counts(owner.uid())[0],
                page);
    }

    @Transactional(readOnly = true)
    Page<PersonResponse> following(@Nullable String viewerUid, String handle, PageRequest page) {
        Member owner = visibleOwner(viewerUid, handle);
        return people.page(
                follows.following(owner.uid(), viewerUid, People.afterId(page), page.limit()),
                follows.counts(owner.uid())[1],
                page);
    }

    @Transactional(readOnly = true)
    Page<PersonResponse> requests(CurrentUser owner, PageRequest page) {
        return people.page(
                follows.followers(owner.uid(), FollowStatus.REQUESTED, owner.uid(), People.afterId(page), page.limit()),
                follows.requestCount(owner.uid()),
                page);
    }

    private Member visibleOwner(@Nullable String viewerUid, String handle) {
        return visibility.contentOwner(viewerUid, handle);
    }

    private Member other(CurrentUser viewer, String handle, String verb) {
        Member target = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        if (target.uid().equals(viewer.uid())) {
            throw new InvalidInputException("handle", "you cannot " + verb + " yourself");
        }
        return target;
    }
}
