package com.frameratr.lists;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.platform.web.VisibleText;
import com.frameratr.users.CurrentUser;
import com.frameratr.users.Users;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ListService {

    private final ListRepository repository;
    private final Catalog catalog;
    private final Users users;
    private final UserLimit listsPerUser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ListService(
            ListRepository repository,
            Catalog catalog,
            Users users,
            @Qualifier(ListLimits.LISTS_PER_USER) UserLimit listsPerUser,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalog = catalog;
        this.users = users;
        this.listsPerUser = listsPerUser;
        this.transaction = transaction;
        this.events = events;
    }

    List<UserList> mine(CurrentUser user) {
        return repository.mine(user.uid(), listsPerUser.max());
    }

    /**
     * Idempotent by name: creating a list that exists returns it, even at the limit. Concurrent
     * creates of one user are serialised on the user's row, so the limit holds however many arrive
     * at once.
     */
    UserList create(CurrentUser user, String name) {
        String trimmed = VisibleText.Validator.trim(name);
        return transaction.execute(status -> {
            users.ensureExists(user);
            repository.lockOwner(user.uid());
            return repository.findByName(user.uid(), trimmed).orElseGet(() -> {
                listsPerUser.check(repository.countMine(user.uid()), 1);
                UserList created = repository.create(user.uid(), trimmed);
                changed(created.id(), user, ListChanged.Change.CREATED, null);
                return created;
            });
        });
    }

    void delete(CurrentUser user, long id) {
        transaction.executeWithoutResult(status -> {
            if (!repository.deleteOwn(id, user.uid())) {
                throw notFound(id);
            }
            changed(id, user, ListChanged.Change.DELETED, null);
        });
    }

    /** Idempotent; only the owner's lists (others: 404); the title is imported from TMDb if needed. */
    void add(CurrentUser user, long id, TitleRef title) {
        requireOwn(user, id);
        catalog.ensurePresent(title.kind(), title.id());
        transaction.executeWithoutResult(status -> {
            if (repository.addItem(id, title)) {
                changed(id, user, ListChanged.Change.TITLE_ADDED, title);
            }
        });
    }

    void remove(CurrentUser user, long id, TitleRef title) {
        requireOwn(user, id);
        transaction.executeWithoutResult(status -> {
            if (repository.removeItem(id, title)) {
                changed(id, user, ListChanged.Change.TITLE_REMOVED, title);
            }
        });
    }

    /** Published in the change's own transaction: listeners hear of it after the commit only. */
    private void changed(long id, CurrentUser user, ListChanged.Change change, @Nullable TitleRef title) {
        events.publishEvent(new ListChanged(id, user.uid(), change, title));
    }

    private void requireOwn(CurrentUser user, long id) {
        if (!repository.owns(id, user.uid())) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("List " + id + " does not exist or is not yours");
    }
}
