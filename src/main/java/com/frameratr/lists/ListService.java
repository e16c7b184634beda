package com.frameratr.lists;

import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** An owner's lists: create, change, delete. Anyone else's list is a 404, as if it did not exist. */
@Service
class ListService {

    private final ListRepository repository;
    private final Users users;
    private final UserLimit listsPerUser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ListService(
            ListRepository repository,
            Users users,
            @Qualifier(ListLimits.LISTS_PER_USER) UserLimit listsPerUser,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.users = users;
        this.listsPerUser = listsPerUser;
        this.transaction = transaction;
        this.events = events;
    }

    /** All of the user's lists (there are at most {@code lists_per_user}), newest first. */
    /** All of the owner's lists to the owner; to anyone else, the public ones. */
    List<UserList> ofUser(String ownerUid, @Nullable String viewerUid) {
        return ownerUid.equals(viewerUid)
                ? repository.mine(ownerUid, listsPerUser.max())
                : repository.publicOf(ownerUid, listsPerUser.max());
    }

    List<UserList> mine(CurrentUser user) {
        return repository.mine(user.uid(), listsPerUser.max());
    }

    /**
     * Idempotent by name: creating a list that exists returns it as it is (the other fields apply
     * to a new list only), even at the limit. Concurrent creates of one user are serialised on the
     * user's row, so the limit holds however many arrive at once.
     */
    UserList create(CurrentUser user, ListFields fields) {
        return transaction.execute(status -> {
            users.ensureExists(user);
            repository.lockOwner(user.uid());
            return repository.findByName(user.uid(), fields.name()).orElseGet(() -> {
                listsPerUser.check(repository.countMine(user.uid()), 1);
                UserList created = repository.create(user.uid(), fields);
                changed(created.id(), user, ListChanged.Change.CREATED);
                return created;
            });
        });
    }

    /**
     * Sets what {@code changes} gives, keeps the rest; a name another of the owner's lists has is a
     * 409. Only a change bumps {@code updated_at} and is published.
     */
    UserList change(CurrentUser user, long id, ListChanges changes) {
        return transaction.execute(status -> {
            UserList list = lockOwn(repository, user, id);
            ListFields current = ListFields.of(list);
            ListFields wanted = changes.applyTo(current);
            if (wanted.equals(current)) {
                return list;
            }
            try {
                UserList changed = repository.update(id, wanted);
                changed(id, user, ListChanged.Change.CHANGED);
                return changed;
            } catch (DuplicateKeyException taken) {
                throw new ConflictException(
                        "list-name-taken",
                        "You have a list named " + wanted.name() + " already",
                        Map.of("name", wanted.name()));
            }
        });
    }

    void delete(CurrentUser user, long id) {
        transaction.executeWithoutResult(status -> {
            if (!repository.deleteOwn(id, user.uid())) {
                throw notFound(id);
            }
            changed(id, user, ListChanged.Change.DELETED);
        });
    }

    /** Published in the change's own transaction: listeners hear of it after the commit only. */
    private void changed(long id, CurrentUser user, ListChanged.Change change) {
        events.publishEvent(new ListChanged(id, user.uid(), change, null));
    }

    /** The owner's list, locked for the rest of the transaction: every write of a list or its entries starts here. */
    static UserList lockOwn(ListRepository repository, CurrentUser user, long id) {
        return repository.lockOwn(id, user.uid()).orElseThrow(() -> notFound(id));
    }

    /** A list that is not the caller's to change: the same 404 as one that does not exist. */
    static NotFoundException notFound(long id) {
        return new NotFoundException("List " + id + " does not exist or is not yours");
    }
}
