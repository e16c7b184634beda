package com.frameratr.lists;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.limits.UserLimit;
import com.frameratr.platform.problems.ConflictException;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.platform.problems.NotFoundException;
import com.frameratr.users.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entries of an owner's list. Every write locks the list's row first, so the writes to one list
 * happen one after the other, across instances, and positions stay 1..n.
 */
@Service
class EntryService {

    private final ListRepository lists;
    private final EntryRepository entries;
    private final Catalog catalog;
    private final UserLimit entriesPerList;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    EntryService(
            ListRepository lists,
            EntryRepository entries,
            Catalog catalog,
            @Qualifier(ListLimits.ENTRIES_PER_LIST) UserLimit entriesPerList,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.lists = lists;
        this.entries = entries;
        this.catalog = catalog;
        this.entriesPerList = entriesPerList;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * Adds the title at {@code position} (1..n+1; null: last), importing it from TMDb first if
     * needed. A title already in the list is a 409 naming its entry.
     */
    ListEntry add(CurrentUser user, long listId, TitleRef title, @Nullable String note, @Nullable Integer position) {
        requireOwn(user, listId);
        catalog.ensurePresent(title.kind(), title.id());
        return transaction.execute(status -> {
            UserList list = ListService.lockOwn(lists, user, listId);
            entries.findByTitle(listId, title).ifPresent(existing -> {
                throw alreadyInList(existing);
            });
            int at = position == null ? list.entryCount() + 1 : position;
            if (at > list.entryCount() + 1) {
                throw new InvalidInputException(
                        "position", "must be at most " + (list.entryCount() + 1) + ", right after the last entry");
            }
            return insert(user, list, title, ListFields.text(note), at);
        });
    }

    /** The first version's add: idempotent, the title goes last (its import as in {@link #add}). */
    void addLast(CurrentUser user, long listId, TitleRef title) {
        requireOwn(user, listId);
        catalog.ensurePresent(title.kind(), title.id());
        transaction.executeWithoutResult(status -> {
            UserList list = ListService.lockOwn(lists, user, listId);
            if (entries.findByTitle(listId, title).isEmpty()) {
                insert(user, list, title, null, list.entryCount() + 1);
            }
        });
    }

    /** Sets the note (empty: none) and moves the entry to {@code position} (1..n); null leaves either. */
    ListEntry change(CurrentUser user, long listId, long entryId, @Nullable String note, @Nullable Integer position) {
        return transaction.execute(status -> {
            UserList list = ListService.lockOwn(lists, user, listId);
            ListEntry entry = entries.find(listId, entryId).orElseThrow(() -> entryNotFound(listId, entryId));
            if (position != null && position > list.entryCount()) {
                throw new InvalidInputException(
                        "position", "must be at most " + list.entryCount() + ", the last entry");
            }
            boolean moves = position != null && position != entry.position();
            boolean renotes = note != null && !Objects.equals(ListFields.text(note), entry.note());
            if (!moves && !renotes) {
                return entry;
            }
            if (moves) {
                entries.move(entry, position, list.entryCount());
            }
            if (renotes) {
                entries.setNote(entry, ListFields.text(note));
            }
            lists.touch(listId);
            changed(user, listId, ListChanged.Change.ENTRY_CHANGED, entry.title());
            return entries.find(listId, entryId).orElseThrow();
        });
    }

    /** Removes the entry; the ones after it move up (V10's trigger). Not idempotent: a second call is a 404. */
    void remove(CurrentUser user, long listId, long entryId) {
        transaction.executeWithoutResult(status -> {
            ListService.lockOwn(lists, user, listId);
            ListEntry removed = entries.delete(listId, entryId).orElseThrow(() -> entryNotFound(listId, entryId));
            changed(user, listId, ListChanged.Change.TITLE_REMOVED, removed.title());
        });
    }

    /** The first version's remove: idempotent. */
    void removeTitle(CurrentUser user, long listId, TitleRef title) {
        transaction.executeWithoutResult(status -> {
            ListService.lockOwn(lists, user, listId);
            if (entries.deleteTitle(listId, title)) {
                changed(user, listId, ListChanged.Change.TITLE_REMOVED, title);
            }
        });
    }

    /** Puts the entries in the order of {@code ids}, which must name each of the list's entries once (else 400). */
    UserList reorder(CurrentUser user, long listId, List<Long> ids) {
        return transaction.execute(status -> {
            UserList list = ListService.lockOwn(lists, user, listId);
            List<Long> current = entries.idsInOrder(listId);
            EntryOrder.requirePermutation(ids, current);
            List<Long> moving = EntryOrder.moving(ids, current);
            if (moving.isEmpty()) {
                return list;
            }
            entries.reorder(listId, ids, moving, list.entryCount());
            changed(user, listId, ListChanged.Change.REORDERED, null);
            return lists.touch(listId);
        });
    }

    private ListEntry insert(CurrentUser user, UserList list, TitleRef title, @Nullable String note, int position) {
        entriesPerList.check(list.entryCount(), 1);
        ListEntry entry = entries.insert(list.id(), title, position, note, list.entryCount());
        changed(user, list.id(), ListChanged.Change.TITLE_ADDED, title);
        return entry;
    }

    /** Before a TMDb import: a stranger's list answers 404 without costing one. */
    private void requireOwn(CurrentUser user, long listId) {
        lists.find(listId)
                .filter(list -> list.uid().equals(user.uid()))
                .orElseThrow(() -> ListService.notFound(listId));
    }

    /** Published in the change's own transaction: listeners hear of it after the commit only. */
    private void changed(CurrentUser user, long listId, ListChanged.Change change, @Nullable TitleRef title) {
        events.publishEvent(new ListChanged(listId, user.uid(), change, title));
    }

    private static ConflictException alreadyInList(ListEntry existing) {
        return new ConflictException(
                "already-in-list",
                "The title is in the list already, as entry " + existing.id() + "; change that entry instead",
                Map.of("entry_id", existing.id()));
    }

    private static NotFoundException entryNotFound(long listId, long entryId) {
        return new NotFoundException("Entry " + entryId + " is not in list " + listId);
    }
}
