package com.frameratr.lists;

import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Likes of lists the liker may read ({@link ListAccess}); a private list is the 404 of an unknown id. */
@Service
class ListLikeService {

    private final ListAccess access;
    private final ListLikeRepository likes;
    private final Users users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ListLikeService(
            ListAccess access,
            ListLikeRepository likes,
            Users users,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.access = access;
        this.likes = likes;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
    }

    /** Idempotent; publishes {@link ListLiked} only for a new like. */
    void like(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            UserList list = access.readable(user.uid(), id);
            // only after the check, in its transaction: a refused like leaves no user row behind
            users.ensureExists(user);
            if (likes.like(id, user.uid())) {
                events.publishEvent(new ListLiked(id, user.uid(), list.uid()));
            }
        });
    }

    /** Idempotent; publishes {@link ListUnliked} only when there was a like. */
    void unlike(CurrentUser user, long id) {
        transactions.executeWithoutResult(status -> {
            access.readable(user.uid(), id);
            if (likes.unlike(id, user.uid())) {
                events.publishEvent(new ListUnliked(id, user.uid()));
            }
        });
    }
}
