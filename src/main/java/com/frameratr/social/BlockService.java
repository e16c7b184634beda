package com.frameratr.social;

import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Member;
import com.frameratr.users.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Blocks: a block removes the follows between the two, both ways, in the same transaction. */
@Service
class BlockService {

    private final BlockRepository blocks;
    private final FollowRepository follows;
    private final Users users;
    private final People people;
    private final ApplicationEventPublisher events;

    BlockService(
            BlockRepository blocks,
            FollowRepository follows,
            Users users,
            People people,
            ApplicationEventPublisher events) {
        this.blocks = blocks;
        this.follows = follows;
        this.users = users;
        this.people = people;
        this.events = events;
    }

    /** Idempotent; blocking a user who blocks you is allowed (and still hides nothing more). */
    @Transactional
    void block(CurrentUser viewer, String handle) {
        users.ensureExists(viewer);
        Member target = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        if (target.uid().equals(viewer.uid())) {
            throw new InvalidInputException("handle", "you cannot block yourself");
        }
        follows.lockPair(viewer.uid(), target.uid());
        boolean added = blocks.insert(viewer.uid(), target.uid());
        if (follows.delete(viewer.uid(), target.uid(), null)) {
            events.publishEvent(new Unfollowed(viewer.uid(), target.uid()));
        }
        if (follows.delete(target.uid(), viewer.uid(), null)) {
            events.publishEvent(new Unfollowed(target.uid(), viewer.uid()));
        }
        if (added) {
            events.publishEvent(new Blocked(viewer.uid(), target.uid()));
        }
    }

    /** Idempotent; follows the block removed stay removed. */
    @Transactional
    void unblock(CurrentUser viewer, String handle) {
        Member target = users.byHandle(handle).orElseThrow(() -> Visibility.noSuchUser(handle));
        blocks.delete(viewer.uid(), target.uid());
    }

    @Transactional(readOnly = true)
    Page<PersonResponse> blocked(CurrentUser viewer, PageRequest page) {
        return people.page(
                blocks.page(viewer.uid(), People.afterId(page), page.limit()), blocks.count(viewer.uid()), page);
    }
}
