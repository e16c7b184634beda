package com.frameratr.lists;

import com.frameratr.catalog.TitleRef;
import org.springframework.stereotype.Component;

/** What other features may ask of lists. */
@Component
public class Lists {

    private final PublicListRepository publicLists;
    private final ListAccess access;

    Lists(PublicListRepository publicLists, ListAccess access) {
        this.publicLists = publicLists;
        this.access = access;
    }

    /**
     * The list, when the viewer (null: anonymous) may read it as its page; else the 404 of an unknown
     * list, the same whether it is private, hidden by its owner's privacy or a block, or does not exist.
     */
    public ListRef readable(@org.jspecify.annotations.Nullable String viewerUid, long id) {
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
