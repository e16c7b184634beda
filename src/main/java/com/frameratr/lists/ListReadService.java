package com.frameratr.lists;

import com.frameratr.catalog.Catalog;
import com.frameratr.catalog.TitleCard;
import com.frameratr.catalog.TitleRef;
import com.frameratr.platform.paging.Page;
import com.frameratr.platform.paging.PageRequest;
import com.frameratr.platform.problems.InvalidInputException;
import com.frameratr.users.Author;
import com.frameratr.users.Users;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reading lists, by anyone: a list and its entries when {@link UserList#readableBy} the viewer
 * (otherwise the same 404 as an unknown id), and the public lists page.
 */
@Service
class ListReadService {

    /** As the catalog's search: shorter text matches nearly everything, and no trigram index narrows it. */
    static final int MIN_QUERY = 2;

    private final ListAccess access;
    private final ListLikeRepository likes;
    private final EntryPageRepository entries;
    private final PublicListRepository publicLists;
    private final Catalog catalog;
    private final Users users;

    ListReadService(
            ListAccess access,
            ListLikeRepository likes,
            EntryPageRepository entries,
            PublicListRepository publicLists,
            Catalog catalog,
            Users users) {
        this.access = access;
        this.likes = likes;
        this.entries = entries;
        this.publicLists = publicLists;
        this.catalog = catalog;
        this.users = users;
    }

    ListDetailResponse detail(@Nullable String viewerUid, long id) {
        return present(access.readable(viewerUid, id), viewerUid);
    }

    /** The owner's list after a change of theirs, as its page shows it to them. */
    ListDetailResponse present(UserList list) {
        return present(list, list.uid());
    }

    private ListDetailResponse present(UserList list, @Nullable String viewerUid) {
        Author owner = users.authors(Set.of(list.uid())).get(list.uid());
        if (owner == null) {
            throw ListService.notFound(list.id());
        }
        return ListDetailResponse.of(
                list, owner, !likedBy(viewerUid, List.of(list)).isEmpty());
    }

    private Set<Long> likedBy(@Nullable String viewerUid, List<UserList> found) {
        return viewerUid == null
                ? Set.of()
                : likes.likedAmong(viewerUid, found.stream().map(UserList::id).toList());
    }

    /** The entry with its title's list fields. */
    EntryResponse present(ListEntry entry) {
        TitleCard title = catalog.cards(entry.kind(), List.of(entry.titleId())).get(entry.titleId());
        if (title == null) {
            throw Catalog.notFound(entry.title());
        }
        return EntryResponse.of(entry, title);
    }

    /** By position when the list is ranked, else newest first; the total is the list's entry count. */
    Page<EntryResponse> entries(@Nullable String viewerUid, long id, PageRequest page) {
        UserList list = access.readable(viewerUid, id);
        List<ListEntry> found = entries.page(list, page);
        Map<TitleRef, TitleCard> cards =
                catalog.cards(found.stream().map(ListEntry::title).toList());
        long total = Page.total(found, page, list::entryCount);
        String next = new Page<>(found, total, page)
                .withNextCursor(entry -> EntryPageRepository.cursorOf(list, entry))
                .nextCursor();
        List<EntryResponse> items = found.stream()
                .filter(entry -> cards.containsKey(entry.title()))
                .map(entry -> EntryResponse.of(entry, cards.get(entry.title())))
                .toList();
        return new Page<>(items, total, page, next);
    }

    /**
     * Everyone's public lists (not unlisted ones) whose owner the viewer may see, in the order;
     * {@code query} filters by name.
     */
    Page<ListDetailResponse> publicLists(
            ListSort sort, @Nullable String query, @Nullable String viewerUid, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : query.strip();
        if (normalized != null && normalized.codePointCount(0, normalized.length()) < MIN_QUERY) {
            throw new InvalidInputException("q", "must be at least " + MIN_QUERY + " characters");
        }
        List<UserList> found = publicLists.page(sort, normalized, viewerUid, page);
        Set<Long> liked = likedBy(viewerUid, found);
        Map<String, Author> owners =
                users.authors(found.stream().map(UserList::uid).collect(Collectors.toSet()));
        long total = Page.total(found, page, () -> publicLists.count(normalized));
        String next = new Page<>(found, total, page)
                .withNextCursor(list -> PublicListRepository.cursorOf(sort, list))
                .nextCursor();
        List<ListDetailResponse> items = found.stream()
                .filter(list -> owners.containsKey(list.uid()))
                .map(list -> ListDetailResponse.of(list, owners.get(list.uid()), liked.contains(list.id())))
                .toList();
        return new Page<>(items, total, page, next);
    }
}
