package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What other features may ask of lists. */
@Component
public class Lists {

    private final PublicListRepository publicLists;
    private final ListRepository lists;
    private final ListAccess access;

    Lists(PublicListRepository publicLists, ListRepository lists, ListAccess access) {
        this.publicLists = publicLists;
        this.lists = lists;
        this.access = access;
    }

    /** How many of the owner's lists the viewer finds on the owner's profile: all to the owner, else the public ones. */
    public long listCountOf(String ownerUid, @Nullable String viewerUid) {
        return ownerUid.equals(viewerUid) ? lists.countMine(ownerUid) : lists.countPublicOf(ownerUid);
    }

    /**
     * The list, when the viewer (null: anonymous) may read it as its page; else the 404 of an unknown
     * list, the same whether it is private, hidden by its owner's privacy or a block, or does not exist.
     */
    public ListRef readable(@Nullable String viewerUid, long id) {
        UserList list = access.readable(viewerUid, id);
        return new ListRef(list.id(), list.uid(), list.commentCount());
    }

    /**
     * How many public lists contain the title (the title page's {@code list_count}): one primary-key
     * read, kept exact by the database as entries come and go, lists become public or stop being
     * public, and lists or accounts are deleted.
     */
    public int publicListCount(TitleRef title) {
        return publicLists.listCount(title);
    }
}
